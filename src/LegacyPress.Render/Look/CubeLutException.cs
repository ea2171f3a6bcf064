namespace LegacyPress.Render.Look;

/// <summary>A .cube file that cannot be read; the message names the file and line.</summary>
public sealed class CubeLutException(string file, int line, string problem)
    : Exception(line > 0 ? $"{file}:{line}: {problem}" : $"{file}: {problem}")
{
    public string File { get; } = file;

    /// <summary>1-based line of the problem; 0 when it concerns the whole file.</summary>
    public int Line { get; } = line;

    /// <summary>What is wrong, without the file.</summary>
    public string Problem { get; } = problem;
}

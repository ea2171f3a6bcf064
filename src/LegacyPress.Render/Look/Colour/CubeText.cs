using System.Globalization;

namespace LegacyPress.Render.Look.Colour;

/// <summary>Writes a 3D LUT grid as an Adobe/Resolve .cube file, the text <see cref="CubeLut.Parse"/> reads back.</summary>
public static class CubeText
{
    /// <param name="grid">size³ R, G, B triples, red fastest (see <see cref="MatchCube.Bake"/>).</param>
    /// <param name="comments">Lines written first as <c># comment</c>.</param>
    public static void Write(TextWriter writer, ReadOnlySpan<float> grid, int size, string title, IEnumerable<string>? comments = null)
    {
        if (grid.Length != 3 * size * size * size)
        {
            throw new ArgumentException($"a size-{size} cube has {3 * size * size * size} values, the grid has {grid.Length}", nameof(grid));
        }
        if (title.Contains('"') || title.Contains('\n'))
        {
            throw new ArgumentException("a .cube TITLE cannot hold quotes or line breaks", nameof(title));
        }
        // '\n' rather than WriteLine, so the committed .cube files are the same bytes on every OS.
        foreach (var comment in comments ?? [])
        {
            writer.Write($"# {comment}\n");
        }
        writer.Write($"TITLE \"{title}\"\n");
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"LUT_3D_SIZE {size}\n"));
        writer.Write("DOMAIN_MIN 0.0 0.0 0.0\nDOMAIN_MAX 1.0 1.0 1.0\n");
        for (var i = 0; i < grid.Length; i += 3)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{grid[i]:0.000000} {grid[i + 1]:0.000000} {grid[i + 2]:0.000000}\n"));
        }
    }
}

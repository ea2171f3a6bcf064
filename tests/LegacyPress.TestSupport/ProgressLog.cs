namespace LegacyPress.TestSupport;

/// <summary>Progress lines kept in order as they are reported, on the reporting thread (<see cref="Progress{T}"/> would post them later).</summary>
public sealed class ProgressLog : IProgress<string>
{
    private readonly List<string> lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (lines)
            {
                return lines.ToList();
            }
        }
    }

    public void Report(string value)
    {
        lock (lines)
        {
            lines.Add(value);
        }
    }
}

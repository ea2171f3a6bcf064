namespace LegacyPress.Core.Instrumentation;

/// <summary>Reports on the caller's thread; Progress&lt;T&gt; would post to the pool and could print after the summary.</summary>
public sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}

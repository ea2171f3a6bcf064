using LegacyPress.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace LegacyPress.Core.Loading;

/// <summary>The file being read and where its problems go; turns YAML marks into locations.</summary>
internal sealed class YamlContext(string displayPath, DiagnosticBag diagnostics)
{
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public string DisplayPath { get; } = displayPath;

    // YamlDotNet marks are 1-based for both line and column, like editors.
    public SourceLocation At(YamlNode node) => new(DisplayPath, (int)node.Start.Line, (int)node.Start.Column);

    public void Error(YamlNode node, string message) => Diagnostics.Add(At(node), message);
}

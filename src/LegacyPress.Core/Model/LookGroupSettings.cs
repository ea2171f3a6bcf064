using LegacyPress.Core.Diagnostics;

namespace LegacyPress.Core.Model;

/// <summary>What <c>look.groups.NAME</c> says about one look group; <see cref="Location"/> is where its name was written.</summary>
public sealed record LookGroupSettings(string Name, LookMatchOverride Match, SourceLocation Location);

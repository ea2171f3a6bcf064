namespace LegacyPress.Core.Model;

/// <summary>
/// A shot's colour match as resolved for a render (issue 17): the baked LUT's cache file and the key it was baked
/// from (the shot's still and framing, its group's reference, the method and strength), which is what a rendered
/// piece showing the shot depends on.
/// </summary>
public sealed record ColourMatch(string Key, string CubePath);

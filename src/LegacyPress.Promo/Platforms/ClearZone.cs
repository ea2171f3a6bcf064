using LegacyPress.Promo.Layout;

namespace LegacyPress.Promo.Platforms;

/// <summary>A part of the canvas the platform covers with its own interface (duration badge, profile photo, story bar): keep text out.</summary>
public sealed record ClearZone(string Name, PixelRect Area);

namespace LegacyPress.Render.Look.Colour;

/// <summary>One colour of a palette: a cluster centre in Lab and the share of the image's pixels it stands for (0..1).</summary>
public readonly record struct PaletteEntry(Lab Colour, double Weight);

namespace LegacyPress.Render.Look.Colour;

/// <summary>A colour transfer: maps a colour of the source look to the corresponding colour of the target look, in Lab.</summary>
public interface IColourTransfer
{
    Lab Map(Lab source);
}

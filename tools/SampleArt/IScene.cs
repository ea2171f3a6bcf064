using SkiaSharp;

namespace LegacyPress.SampleArt;

/// <summary>One still of the sample film, painted from code so the sample needs no binary sources.</summary>
public interface IScene
{
    string FileName { get; }

    SKSizeI Size { get; }

    /// <summary>Where the subject sits, normalised 0..1; FOCUS.md and the film's motions rely on it.</summary>
    SKPoint Focus { get; }

    void Paint(SKCanvas c, SKSizeI size, Random rng);
}

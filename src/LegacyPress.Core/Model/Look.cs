namespace LegacyPress.Core.Model;

/// <summary>The film's grade: a 3D LUT, grain, vignette and optional 2.39:1 letterbox. Amounts are 0..1.</summary>
public sealed record Look(string? LutPath, double LutStrength, double GrainAmount, double VignetteAmount, bool Letterbox, int GrainSeed);

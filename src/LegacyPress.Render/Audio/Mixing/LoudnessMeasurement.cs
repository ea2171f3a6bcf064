namespace LegacyPress.Render.Audio.Mixing;

/// <summary>EBU R128 figures of a mix: integrated loudness (LUFS), loudness range (LU) and true peak (dBTP).</summary>
public sealed record LoudnessMeasurement(double IntegratedLufs, double RangeLu, double TruePeakDbtp, double ThresholdLufs);

namespace LegacyPress.Core.Model;

/// <summary>How the soundtrack is delivered: the loudness it is normalised to and what happens to captions.</summary>
public sealed record AudioSettings(LoudnessTarget Loudness, CaptionMode Captions)
{
    public static AudioSettings Default { get; } = new(LoudnessTarget.Default, CaptionMode.File);
}

/// <summary>The integrated loudness (LUFS) and true-peak ceiling (dBTP) the final mix is normalised to.</summary>
public sealed record LoudnessTarget(double IntegratedLufs, double TruePeakDbtp)
{
    /// <summary>YouTube and most streaming platforms play back at about -14 LUFS; -1 dBTP leaves room for lossy encoding.</summary>
    public static LoudnessTarget Default { get; } = new(-14, -1);
}

/// <summary>Captions as side files (.srt/.vtt), also burnt into the picture, or not made.</summary>
public enum CaptionMode { File, Burn, Off }

using LegacyPress.Core.Model;

namespace LegacyPress.Core.Loading;

/// <summary>Every default of film.yaml, in one place. Docs (docs/film-yaml.md) quote these values.</summary>
public static class FilmDefaults
{
    public const int SchemaVersion = 1;
    public const string Version = "1.0.0";
    public const string Language = "en";
    public const string OutputPreset = "final";
    public static FrameRate FrameRate { get; } = new(30);

    public const double LutStrength = 1.0;
    public const double Grain = 0.0;
    public const double Vignette = 0.0;
    public const int GrainSeed = 1;

    public const double MotionAmount = 0.15;
    public const double ShotTransitionSeconds = 1.0;
    public const string ShotTransition = "crossfade";
    public static readonly Easing TransitionEasing = Easing.EaseInOut;
    public static readonly Easing MotionEasing = Easing.EaseInOut;

    public const string NarrationVoice = "narrator";
    public const string NarrationEngine = "espeak";

    public const double OpeningCardSeconds = 5.0;
    public const double ActCardSeconds = 3.0;
    public const double CardTransitionSeconds = 1.0;
    public const string CardTransition = "dip-to-black";

    public const double MusicGainDb = -6;
    public const double MusicFadeInSeconds = 2;
    public const double MusicFadeOutSeconds = 3;
    public const double DuckGainDb = -12;
    public const double DuckAttackSeconds = 0.3;
    public const double DuckReleaseSeconds = 0.8;

    public const double SoundPitch = 1.0;
    public const double SoundIntensity = 1.0;
    public const int SoundSeed = 1;
    public const double SoundGainDb = -6;
    public const double SoundPromptInfluence = 0.3;
    public const int SoundTake = 1;

    public static NarrationTiming NarrationTiming { get; } = new(LeadInSeconds: 0.5, TailSeconds: 1.0, SilentShotSeconds: 5.0, EstimatedWordsPerSecond: 2.5);

    /// <summary>The voice every project has unless it defines its own: offline espeak-ng, British English.</summary>
    public static Voice DefaultVoice { get; } = new(NarrationVoice, NarrationEngine, new Dictionary<string, string> { ["voice"] = "en-gb", ["speed"] = "150" });

    public static IReadOnlyList<string> ImageExtensions { get; } = [".jpg", ".jpeg", ".png", ".webp"];
    public static IReadOnlyList<string> AudioExtensions { get; } = [".wav", ".mp3", ".ogg", ".oga", ".opus", ".flac", ".m4a", ".aac"];
}

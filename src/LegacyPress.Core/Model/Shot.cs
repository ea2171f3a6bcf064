using LegacyPress.Core.Diagnostics;

namespace LegacyPress.Core.Model;

/// <summary>One still on screen: its image, how long, how the camera moves, and what is heard over it.</summary>
public sealed record Shot(
    string Id,
    string ImagePath,
    ShotDuration Duration,
    MotionSpec Motion,
    FocusPoint Focus,
    Fit Fit,
    TransitionSpec Transition,
    Narration? Narration,
    IReadOnlyList<SoundCue> Sounds,
    string? Title,
    string? Caption,
    string? Prompt,
    bool Trailer,
    SourceLocation Location)
{
    /// <summary>The look group written on the shot (<c>look_group</c>); null: its act's group.</summary>
    public string? LookGroup { get; init; }

    /// <summary>What the shot itself says about colour matching (<c>match</c>); inherits by default.</summary>
    public LookMatchOverride LookMatch { get; init; } = new LookMatchOverride.Inherit();

    /// <summary>The shot's own <c>timing</c> (governs the cut at its end); null: its act's.</summary>
    public TimingSnap? Timing { get; init; }

    /// <summary><c>at: { marker: climax }</c>: the shot starts on a marker (the cut before it goes there); null: where it falls.</summary>
    public MusicAnchor.Marker? StartAnchor { get; init; }

    /// <summary>The bible's characters in the picture (<c>characters: [theo, elias]</c>), in the order their descriptions are composed.</summary>
    public IReadOnlyList<string> Characters { get; init; } = [];

    /// <summary>The bible's place the picture is set in (<c>place: workshop</c>); null: none.</summary>
    public string? Place { get; init; }

    /// <summary>The seed its still is generated with (<c>seed:</c>); null: its first character's, else one derived from its id.</summary>
    public long? Seed { get; init; }

    /// <summary>
    /// False when film.yaml gives no <c>image:</c> and the shot is to be generated: <see cref="ImagePath"/> is then the
    /// default <c>images/&lt;id&gt;.png</c>, and picking a candidate writes the line.
    /// </summary>
    public bool ImageWritten { get; init; } = true;

    /// <summary>Whether the shot says enough to generate its still: its own prompt, characters or a place.</summary>
    public bool Generatable => !string.IsNullOrWhiteSpace(Prompt) || Characters.Count > 0 || Place is not null;
}

/// <summary>A shot's length: fixed seconds, or <c>auto</c> (fitted to its narration).</summary>
public abstract record ShotDuration
{
    public sealed record Fixed(double Seconds) : ShotDuration
    {
        /// <summary>Where film.yaml writes the seconds, so timing problems point at the value to change.</summary>
        public SourceLocation? Location { get; init; }
    }

    public sealed record Auto : ShotDuration;
}

/// <summary>How a still of another aspect fills the frame.</summary>
public enum Fit
{
    /// <summary>Scaled to fill the frame, cropped around the focus point.</summary>
    Cover,
    /// <summary>Shown whole on a blurred, darkened fill of itself.</summary>
    Contain,
}

/// <summary>Where the subject of a still is, normalised: (0,0) top-left, (1,1) bottom-right.</summary>
public readonly record struct FocusPoint(double X, double Y)
{
    public static FocusPoint Centre => new(0.5, 0.5);
}

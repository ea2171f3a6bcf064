using LegacyPress.Core.Model;
using LegacyPress.Core.Planning.Music;

namespace LegacyPress.Core.Planning;

/// <summary>
/// The planned film: every segment (card or shot) on whole frames, the transitions where neighbours
/// overlap, and what is heard when. Runtime = sum of segment lengths − sum of transition overlaps.
/// </summary>
public sealed record Timeline(
    FrameRate FrameRate,
    IReadOnlyList<Segment> Segments,
    IReadOnlyList<TransitionSpan> Transitions,
    IReadOnlyList<NarrationSpan> Narration,
    IReadOnlyList<SoundSpan> Sounds,
    int TotalFrames)
{
    public double RuntimeSeconds => FrameRate.Seconds(TotalFrames);

    /// <summary>The music's beats, bars and markers on this timeline (empty when no track has been analysed).</summary>
    public MusicGrid Music { get; init; } = MusicGrid.Empty;

    /// <summary>Every cut between neighbouring segments, where it went and why (snapped to the music or not).</summary>
    public IReadOnlyList<CutPlacement> Cuts { get; init; } = [];

    public IEnumerable<ShotSegment> Shots => Segments.OfType<ShotSegment>();

    /// <summary>Each shot's segment by shot id (a shot a trailer shows twice: its first).</summary>
    public IReadOnlyDictionary<string, ShotSegment> ShotsById() =>
        Shots.GroupBy(s => s.Shot.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>When frame <paramref name="frame"/> starts, or how long that many frames last.</summary>
    public double Seconds(int frame) => FrameRate.Seconds(frame);

    /// <summary>The frame showing at <paramref name="seconds"/> (nearest, clamped to the film): what a still or a thumbnail at a time picks.</summary>
    public int NearestFrame(double seconds) => Math.Clamp(FrameRate.Frames(seconds), 0, TotalFrames - 1);
}

/// <summary>A span of the film on whole frames, [StartFrame, EndFrame).</summary>
public abstract record Segment(int Index, int StartFrame, int FrameCount)
{
    public int EndFrame => StartFrame + FrameCount;

    public abstract string Label { get; }
}

/// <summary>A still on screen with its resolved camera move (over its whole visible span, overlaps included).</summary>
public sealed record ShotSegment(int Index, int StartFrame, int FrameCount, Shot Shot, Act Act, int ShotNumber, ResolvedMotion Motion)
    : Segment(Index, StartFrame, FrameCount)
{
    public override string Label => Shot.Id;
}

/// <summary>A text card on screen.</summary>
public sealed record CardSegment(int Index, int StartFrame, int FrameCount, Card Card)
    : Segment(Index, StartFrame, FrameCount)
{
    public override string Label => Card.Label;
}

/// <summary>What a card says.</summary>
public abstract record Card
{
    public abstract string Label { get; }

    public sealed record OpeningTitle(string Title, string? Tagline) : Card
    {
        public override string Label => "title card";
    }

    public sealed record ActTitle(int Number, string Title) : Card
    {
        public override string Label => $"act {Number} card";
    }

    public sealed record CreditsRoll(IReadOnlyList<Credit> Credits, string Title) : Card
    {
        public override string Label => "end credits";
    }

    /// <summary>One line of words alone on screen: a trailer's tagline.</summary>
    public sealed record Statement(string Text) : Card
    {
        public override string Label => "tagline card";
    }

    /// <summary>The call to action that ends a trailer: "Watch now", the release date, a link.</summary>
    public sealed record Closing(string Text, string? ReleaseLine, string? Link) : Card
    {
        public override string Label => "closing card";
    }
}

/// <summary>Where two neighbouring segments overlap and how the first hands over to the second.</summary>
public sealed record TransitionSpan(int FromIndex, int ToIndex, TransitionSpec Spec, int StartFrame, int FrameCount)
{
    public int EndFrame => StartFrame + FrameCount;
}

/// <summary>A line of narration placed on the film: when it starts and how long it lasts.</summary>
public sealed record NarrationSpan(string ShotId, Narration Narration, double StartSeconds, double DurationSeconds, bool Estimated)
{
    public double EndSeconds => StartSeconds + DurationSeconds;
}

/// <summary>A sound cue placed on the film timeline.</summary>
public sealed record SoundSpan(string ShotId, SoundCue Cue, double StartSeconds);

using LegacyPress.Core.Diagnostics;

namespace LegacyPress.Core.Model;

/// <summary>A whole film project, parsed once from film.yaml with every default applied.</summary>
public sealed record Film(
    ProjectInfo Project,
    FilmMetadata Metadata,
    OutputFormat Output,
    Look Look,
    IReadOnlyDictionary<string, Voice> Voices,
    IReadOnlyList<MusicTrack> Music,
    Cards Cards,
    IReadOnlyList<Act> Acts,
    NarrationTiming NarrationTiming,
    FreeSection Promo,
    FreeSection Publish)
{
    /// <summary>Loudness target and captions; a property with a default so the positional shape stays small.</summary>
    public AudioSettings Audio { get; init; } = AudioSettings.Default;

    /// <summary>What film.yaml pins about the trailer; the trailer planner chooses the rest.</summary>
    public TrailerSettings Trailer { get; init; } = TrailerSettings.Default;

    /// <summary>The film's <c>timing</c>: whether and how far cuts snap to the music (off by default).</summary>
    public TimingSnap Timing { get; init; } = TimingSnap.Off;

    /// <summary>The prompt bible (<c>bible</c>): style, characters and places the generated stills share; empty when not written.</summary>
    public PromptBible Bible { get; init; } = PromptBible.Empty;

    /// <summary>How <c>legacypress generate</c> makes stills (<c>generate</c>); null when film.yaml does not say.</summary>
    public GenerateSettings? Generate { get; init; }

    /// <summary>
    /// Each matched shot's colour match by shot id, once resolved for the film's timeline (measuring the stills is
    /// not loading: film.yaml says what to match, preparation works out the LUTs); null until then.
    /// </summary>
    public IReadOnlyDictionary<string, ColourMatch>? ColourMatches { get; init; }

    /// <summary>Every shot of the film in order, with its act.</summary>
    public IEnumerable<Shot> Shots => Acts.SelectMany(a => a.Shots);
}

/// <summary>Where the project lives: its folder and the film.yaml it was read from.</summary>
public sealed record ProjectInfo(string Directory, string FilePath, int SchemaVersion)
{
    /// <summary>A project-relative path (as written in film.yaml) made absolute.</summary>
    public string Resolve(string relativePath) => Path.GetFullPath(Path.Combine(Directory, relativePath));

    /// <summary>The folder for caches (synthesised speech, decoded stills); never committed.</summary>
    public string CacheDirectory => Path.Combine(Directory, ".legacypress", "cache");
}

/// <summary>A section later features shape themselves (promo, publish): kept as plain values with their marks.</summary>
public sealed record FreeSection(IReadOnlyDictionary<string, object?> Values, SourceLocation? Location)
{
    public static FreeSection Empty { get; } = new(new Dictionary<string, object?>(), null);

    /// <summary>Where each value was written, by dotted key path (<c>youtube.privacy</c>), so later readers report file:line.</summary>
    public IReadOnlyDictionary<string, SourceLocation> Marks { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>Where each mapping key itself was written, by the same dotted path, so an unknown key is reported at its name.</summary>
    public IReadOnlyDictionary<string, SourceLocation> KeyMarks { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>The mark of a dotted key path, else of the nearest enclosing key, else of the section.</summary>
    public SourceLocation? LocationOf(string path)
    {
        for (var p = path; p.Length > 0; p = p.Contains('.') ? p[..p.LastIndexOf('.')] : "")
        {
            if (Marks.TryGetValue(p, out var at))
            {
                return at;
            }
        }
        return Location;
    }

    /// <summary>The mark of a key's name (<c>promo.colour</c> at <c>colour</c>, not at its value), else <see cref="LocationOf"/>.</summary>
    public SourceLocation? KeyLocationOf(string path) => KeyMarks.TryGetValue(path, out var at) ? at : LocationOf(path);
}

namespace LegacyPress.Core.Model;

/// <summary>
/// A film's generated sound effect and where it stands: its shot and its place in that shot's <c>sfx</c> list
/// (1-based, as written), named <see cref="Id"/> (<c>workshop/2</c>) on the command line and in messages.
/// </summary>
public sealed record GeneratedSoundCue(string ShotId, int SfxNumber, GeneratedSound Sound)
{
    /// <summary><c>&lt;shot&gt;/&lt;n&gt;</c>: a shot id has no slash, so the name reads back unambiguously.</summary>
    public string Id => $"{ShotId}/{SfxNumber}";

    /// <summary>Every generated effect of <paramref name="film"/>, in film order.</summary>
    public static IReadOnlyList<GeneratedSoundCue> In(Film film) =>
        film.Shots
            .SelectMany(shot => shot.Sounds.Select((cue, i) => cue.Generated is { } sound ? new GeneratedSoundCue(shot.Id, i + 1, sound) : null))
            .OfType<GeneratedSoundCue>()
            .ToList();
}

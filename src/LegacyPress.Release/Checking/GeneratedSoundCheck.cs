using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;
using LegacyPress.Render.Audio.Generated;
using LegacyPress.Render.Audio.Speech;

namespace LegacyPress.Release.Checking;

/// <summary>
/// What <c>check</c> says of generated sound effects (issue 19), without a request: a chosen take not in the project's
/// cache cannot be made without <c>ELEVENLABS_API_KEY</c>, so a render or release would stop at it (a problem, at the
/// effect); with the key the next render makes it, and that costs a generation (a warning). A take already made needs
/// no key.
/// </summary>
public static class GeneratedSoundCheck
{
    /// <summary>The effects a render would stop at: takes not made yet, with no key to make them.</summary>
    public static IReadOnlyList<Diagnostic> Problems(Film film, GeneratedSoundCache takes) =>
        takes.CanGenerate
            ? []
            : NotMade(film, takes).Select(c => new Diagnostic(c.Sound.Location,
                $"{Name(c)}: take {c.Sound.Take} is not made yet and {ElevenLabsOptions.ApiKeyVariable} is not set, so a render or release would stop here; export your ElevenLabs API key in it"))
                .ToList();

    /// <summary>The effects the next render will generate (and bill) before it can mix.</summary>
    public static IReadOnlyList<Diagnostic> Warnings(Film film, GeneratedSoundCache takes) =>
        takes.CanGenerate
            ? NotMade(film, takes).Select(c => new Diagnostic(c.Sound.Location,
                $"{Name(c)}: take {c.Sound.Take} is not made yet; the next render or release generates it with ElevenLabs (once: it is cached), or `legacypress generate --sounds` makes takes to choose from"))
                .ToList()
            : [];

    private static IEnumerable<GeneratedSoundCue> NotMade(Film film, GeneratedSoundCache takes) =>
        GeneratedSoundCue.In(film).Where(c => takes.Find(c.Sound) is null);

    private static string Name(GeneratedSoundCue cue) => $"sfx {cue.Id} \"{cue.Sound.Text}\"";
}

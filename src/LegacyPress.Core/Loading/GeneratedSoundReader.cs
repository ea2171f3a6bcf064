using LegacyPress.Core.Model;
using YamlDotNet.RepresentationModel;

namespace LegacyPress.Core.Loading;

/// <summary>Reads a sound cue's <c>effect: { generate, duration, prompt_influence, take }</c>, the sound ElevenLabs makes from a description.</summary>
internal static class GeneratedSoundReader
{
    /// <summary>The cue's settings only a synthesiser understands: a generated sound cannot honour them, so they are refused, not ignored.</summary>
    private static readonly string[] SynthOnly = ["pitch", "intensity", "seed"];

    /// <summary>True when the cue's <c>effect</c> is a mapping (a description to generate) rather than a synth's name.</summary>
    public static bool IsGenerated(MappingReader cue) => cue.Raw("effect") is YamlMappingNode;

    /// <summary>The generated sound, or null with every problem reported at its line.</summary>
    public static GeneratedSound? Read(MappingReader cue)
    {
        foreach (var key in SynthOnly.Where(cue.Has))
        {
            cue.Error(key, $"'{key}' applies to synthesised effects only, not to a generated one");
        }
        if (cue.Has("duration"))
        {
            cue.Error("duration", "a generated effect's length is its 'duration' inside 'effect' ({ generate: ..., duration: 3 })");
        }
        if (cue.Mapping("effect", $"{cue.Subject} effect") is not { } map)
        {
            return null;
        }
        var text = map.Text("generate");
        if (string.IsNullOrWhiteSpace(text))
        {
            if (map.Raw("generate") is null or YamlScalarNode)
            {
                map.ErrorHere("needs 'generate': a description of the sound, such as \"heavy brass gears grinding, slow\"");
            }
            text = null;
        }
        var seconds = map.NumberInRange("duration", GeneratedSound.MinDurationSeconds, GeneratedSound.MaxDurationSeconds);
        if (!map.Has("duration"))
        {
            map.ErrorHere($"needs 'duration': seconds of sound, {MappingReader.Format(GeneratedSound.MinDurationSeconds)} to {MappingReader.Format(GeneratedSound.MaxDurationSeconds)}");
        }
        var influence = map.NumberInRange("prompt_influence", 0, 1);
        var take = map.Integer("take");
        if (take is { } t && (t < 1 || t > GeneratedSound.MaxTake))
        {
            map.Error("take", $"'take' must be a take number from 1 to {GeneratedSound.MaxTake}, got {t}");
            take = null;
        }
        var valid = text is not null && seconds is not null && (take is not null || !map.Has("take")) && (influence is not null || !map.Has("prompt_influence"));
        map.Finish();
        return valid
            ? new GeneratedSound(text!.Trim(), seconds!.Value, influence ?? FilmDefaults.SoundPromptInfluence, take ?? FilmDefaults.SoundTake, map.Location)
            : null;
    }
}

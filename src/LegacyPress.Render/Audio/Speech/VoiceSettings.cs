using System.Globalization;
using LegacyPress.Core.Model;

namespace LegacyPress.Render.Audio.Speech;

/// <summary>Reads one engine's settings from a voice, with errors that name the voice and the setting.</summary>
internal sealed class VoiceSettings
{
    private readonly Voice voice;

    public VoiceSettings(Voice voice, IReadOnlyCollection<string> known)
    {
        this.voice = voice;
        var unknown = voice.Settings.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new SpeechSynthesisException(
                $"voice '{voice.Id}' ({voice.Engine}) has unknown setting{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Select(u => $"'{u}'"))} (known: {string.Join(", ", known)})");
        }
    }

    public string? Text(string name) => voice.Settings.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public int? Integer(string name, int min, int max)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw Invalid(name, text, $"a whole number from {min} to {max}");
        }
        return value;
    }

    public double? Number(string name, double min, double max)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw Invalid(name, text, $"a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
        }
        return value;
    }

    public bool? Bool(string name)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }
        return text.ToLowerInvariant() switch
        {
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            _ => throw Invalid(name, text, "true or false"),
        };
    }

    public SpeechSynthesisException Invalid(string name, string value, string expected) =>
        new($"voice '{voice.Id}' setting '{name}' is '{value}'; it must be {expected}");
}

using System.Globalization;
using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;

namespace LegacyPress.Render.Audio.Speech;

/// <summary>
/// Reads one engine's settings from a voice, collecting every problem (unknown setting, value out of range) with the
/// setting it concerns: <c>check</c> reports them all at their places, synthesis throws them as one message.
/// </summary>
internal sealed class VoiceSettings
{
    private readonly Voice voice;
    private readonly List<VoiceProblem> problems = [];

    public VoiceSettings(Voice voice, IReadOnlyCollection<string> known)
    {
        this.voice = voice;
        foreach (var unknown in voice.Settings.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal))
        {
            problems.Add(new VoiceProblem(unknown,
                $"voice '{voice.Id}' ({voice.Engine}) has unknown setting '{unknown}' (known: {string.Join(", ", known)}){DidYouMean.Hint(unknown, known)}"));
        }
    }

    public IReadOnlyList<VoiceProblem> Problems => problems;

    public string? Text(string name) => voice.Settings.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public int? Integer(string name, int min, int max)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Invalid(name, text, $"a whole number from {min} to {max}");
            return null;
        }
        return value;
    }

    public double? Number(string name, double min, double max)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !(value >= min && value <= max))
        {
            Invalid(name, text, $"a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }
        return value;
    }

    public bool? Bool(string name)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }
        switch (text.ToLowerInvariant())
        {
            case "true" or "yes" or "on":
                return true;
            case "false" or "no" or "off":
                return false;
            default:
                Invalid(name, text, "true or false");
                return null;
        }
    }

    /// <summary>Records that setting <paramref name="name"/>'s <paramref name="value"/> is not <paramref name="expected"/>.</summary>
    public void Invalid(string name, string value, string expected) =>
        problems.Add(new VoiceProblem(name, $"voice '{voice.Id}' setting '{name}' is '{value}'; it must be {expected}"));

    /// <summary>Records a problem of the voice as a whole (a required setting missing).</summary>
    public void Problem(string message) => problems.Add(new VoiceProblem(null, message));

    /// <exception cref="SpeechSynthesisException">Every problem found, in one message.</exception>
    public void ThrowIfInvalid()
    {
        if (problems.Count > 0)
        {
            throw new SpeechSynthesisException(string.Join("; ", problems.Select(p => p.Message)));
        }
    }
}

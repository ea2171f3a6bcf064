using System.Globalization;
using System.Text.RegularExpressions;

namespace LegacyPress.Render.Audio.Speech;

/// <summary>An ElevenLabs <c>output_format</c> we can store: <c>mp3_44100_128</c> (MP3) or <c>pcm_44100</c> (raw 16-bit mono, wrapped as WAV).</summary>
internal sealed partial record ElevenLabsOutputFormat(string Name, bool IsPcm, int SampleRateHz)
{
    public const string Default = "mp3_44100_128";

    public string FileExtension => IsPcm ? ".wav" : ".mp3";

    public string MediaType => IsPcm ? "audio/wav" : "audio/mpeg";

    /// <summary>The format named <paramref name="name"/>, or null after telling <paramref name="invalid"/> (setting, value, what it must be).</summary>
    public static ElevenLabsOutputFormat? Parse(string name, Action<string, string, string> invalid)
    {
        var match = Pattern().Match(name);
        if (!match.Success)
        {
            invalid("output_format", name, "an MP3 or PCM format such as mp3_44100_128 or pcm_44100");
            return null;
        }
        var rate = int.Parse(match.Groups["rate"].Value, CultureInfo.InvariantCulture);
        return new ElevenLabsOutputFormat(name, match.Groups["kind"].Value == "pcm", rate);
    }

    [GeneratedRegex(@"^(?<kind>mp3)_(?<rate>\d{4,6})_\d{2,3}$|^(?<kind>pcm)_(?<rate>\d{4,6})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

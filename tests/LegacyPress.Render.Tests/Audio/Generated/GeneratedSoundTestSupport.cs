using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;
using LegacyPress.Render.Audio.Generated;
using LegacyPress.Render.Audio.Dsp;
using LegacyPress.Render.Audio.Mixing;
using LegacyPress.Render.Media;
using LegacyPress.TestSupport.Fakes;

namespace LegacyPress.Render.Tests.Audio.Generated;

internal static class Sounds
{
    public const string Gears = "heavy brass gears grinding, slow";

    /// <summary>A generated sound as the loader would read <c>effect: { generate: …, duration: …, prompt_influence: … }</c>.</summary>
    public static GeneratedSound Of(string text = Gears, double seconds = 3, double promptInfluence = 0.3, int take = 1) =>
        new(text, seconds, promptInfluence, take, new SourceLocation("film.yaml", 7, 14));

    public static ElevenLabsSoundEngine Engine(HttpClient http, FakeElevenLabsServer server, IProgress<string>? progress = null, string? apiKey = null, int maxAttempts = 5, string outputFormat = "mp3_44100_128") =>
        new(http, server.Options(apiKey, maxAttempts), progress, outputFormat);

    public static Task<double> SecondsOf(string path) => new AudioLength().MeasureSecondsAsync(path, CancellationToken.None);

    /// <summary>The take's largest sample, in dBFS, as the mixer decodes it.</summary>
    public static async Task<double> PeakDbfsAsync(string path) =>
        Decibels.FromGain((await AudioDecoder.DecodeAsync(path, CancellationToken.None)).PeakAbsolute());
}

using LegacyPress.Core.Model;
using LegacyPress.Render.Audio.Speech;
using LegacyPress.Render.Media;
using LegacyPress.TestSupport.Fakes;

namespace LegacyPress.Render.Tests.Audio.Speech;

/// <summary>A scratch folder for one test, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("legacypress-speech-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

internal static class Speech
{
    public static Voice ElevenLabsVoice(params (string Name, string Value)[] settings) =>
        new("narrator", "elevenlabs", settings.Length == 0
            ? new Dictionary<string, string> { ["voice_id"] = "JBFqnCBsd6RMkjVDRZzb" }
            : settings.ToDictionary(s => s.Name, s => s.Value));

    public static Voice EspeakVoice(params (string Name, string Value)[] settings) =>
        new("narrator", "espeak", settings.ToDictionary(s => s.Name, s => s.Value));

    /// <summary>Options aimed at the fake, with retries fast enough for tests.</summary>
    public static ElevenLabsOptions OptionsFor(FakeElevenLabsServer server, string? apiKey = null, int maxAttempts = 5, TimeSpan? attemptTimeout = null) =>
        server.Options(apiKey, maxAttempts, attemptTimeout);

    public static Task<double> SecondsOf(string path) => new AudioLength().MeasureSecondsAsync(path, CancellationToken.None);
}

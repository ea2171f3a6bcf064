using LegacyPress.Render.Tools;
using System.Globalization;
using LegacyPress.Core.Files;
using LegacyPress.Core.Model;
using LegacyPress.Render.Media;

namespace LegacyPress.Render.Audio.Speech;

/// <summary>Where to find espeak-ng; tests point it elsewhere.</summary>
public sealed record EspeakOptions(string ExecutablePath = "espeak-ng");

/// <summary>Offline speech with espeak-ng: robotic but free, instant, and always available (the default narrator).</summary>
public sealed class EspeakSpeechEngine(EspeakOptions? options = null) : ISpeechEngine
{
    public const string EngineName = "espeak";
    public const string DefaultVoice = "en-gb";

    private static readonly string[] KnownSettings = ["voice", "speed", "pitch", "gap"];

    private readonly EspeakOptions options = options ?? new EspeakOptions();

    public string Name => EngineName;

    public string FileExtension(Voice voice) => ".wav";

    public async Task<SpeechAudio> SynthesizeAsync(Voice voice, string text, string outputPath, CancellationToken ct)
    {
        var arguments = Arguments(voice);
        // The WAV comes back on stdout, not through -w: espeak-ng keeps the -w path in a 200-byte buffer and silently
        // writes elsewhere when a project lives in a deep folder. The text goes in on stdin, so a line starting with
        // '-' or holding quotes is never read as an option.
        arguments.AddRange(["--stdout", "--stdin"]);
        var result = await ExternalTool.TryRunAsync(options.ExecutablePath, arguments, text, ct).ConfigureAwait(false)
            ?? throw new SpeechSynthesisException("espeak-ng was not found; install it (./build.sh does)");
        if (result.ExitCode != 0)
        {
            var why = result.ErrorTail();
            throw new SpeechSynthesisException($"espeak-ng failed for voice '{voice.Id}' (exit code {result.ExitCode}): {(why.Length > 0 ? why : "no error message")}");
        }
        if (!StreamedWav.TrySeal(result.Stdout))
        {
            throw new SpeechSynthesisException($"espeak-ng wrote no audio for voice '{voice.Id}' (is the text only punctuation?)");
        }
        OutputFile.WriteAllBytes(outputPath, result.Stdout);
        return new SpeechAudio(outputPath, "audio/wav");
    }

    /// <summary>The command-line arguments for a voice's settings (not the output or the text).</summary>
    internal static List<string> Arguments(Voice voice)
    {
        var settings = new VoiceSettings(voice, KnownSettings);
        var name = settings.Text("voice") ?? DefaultVoice;
        if (name.StartsWith('-') || name.Any(char.IsWhiteSpace))
        {
            throw settings.Invalid("voice", name, "an espeak-ng voice name such as en-gb or en-us+f3");
        }
        var arguments = new List<string> { "-v", name, "-b", "1" };
        if (settings.Integer("speed", 80, 450) is { } wordsPerMinute)
        {
            arguments.AddRange(["-s", wordsPerMinute.ToString(CultureInfo.InvariantCulture)]);
        }
        if (settings.Integer("pitch", 0, 99) is { } pitch)
        {
            arguments.AddRange(["-p", pitch.ToString(CultureInfo.InvariantCulture)]);
        }
        if (settings.Integer("gap", 0, 1000) is { } gapTensOfMs)
        {
            arguments.AddRange(["-g", gapTensOfMs.ToString(CultureInfo.InvariantCulture)]);
        }
        return arguments;
    }
}

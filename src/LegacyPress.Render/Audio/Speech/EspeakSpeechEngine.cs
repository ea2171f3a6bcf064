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

    private const string NotFoundMessage = "espeak-ng was not found; install it (./build.sh does)";

    private static readonly string[] KnownSettings = ["voice", "speed", "pitch", "gap"];

    private readonly EspeakOptions options = options ?? new EspeakOptions();

    // Asked once, on the first check: the engine lives for one run, so a newly installed voice is seen next run.
    private Task<(EspeakVoiceList? Voices, string? Problem)>? listing;

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
            ?? throw new SpeechSynthesisException(NotFoundMessage);
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

    /// <summary>
    /// Every problem espeak-ng would have with <paramref name="voice"/>, without speaking: unknown settings, values out of
    /// range, and a voice name espeak-ng does not have (asked of <c>espeak-ng --voices</c> once per engine, so once a run).
    /// </summary>
    public async Task<IReadOnlyList<VoiceProblem>> CheckAsync(Voice voice, CancellationToken ct)
    {
        var settings = new VoiceSettings(voice, KnownSettings);
        Arguments(settings);
        var problems = settings.Problems.ToList();
        var name = VoiceName(settings);
        // MBROLA voices need their own voice files, which the list cannot vouch for: espeak-ng says so when it speaks.
        if (problems.Any(p => p.Setting == "voice") || name.StartsWith("mb-", StringComparison.OrdinalIgnoreCase))
        {
            return problems;
        }
        var (installed, unlisted) = await (listing ??= ListVoicesAsync(ct)).ConfigureAwait(false);
        if (installed is null)
        {
            problems.Add(new VoiceProblem(null, $"voice '{voice.Id}': {unlisted}"));
        }
        else if (!installed.Knows(name))
        {
            problems.Add(new VoiceProblem(settings.Text("voice") is null ? null : "voice",
                $"voice '{voice.Id}': espeak-ng has no voice '{name}'{installed.Hint(name)} (`espeak-ng --voices` lists them: en-gb, en-us, fr-fr, …)"));
        }
        return problems;
    }

    /// <summary>The command-line arguments for a voice's settings (not the output or the text).</summary>
    /// <exception cref="SpeechSynthesisException">A setting is unknown or out of range.</exception>
    internal static List<string> Arguments(Voice voice)
    {
        var settings = new VoiceSettings(voice, KnownSettings);
        var arguments = Arguments(settings);
        settings.ThrowIfInvalid();
        return arguments;
    }

    private static List<string> Arguments(VoiceSettings settings)
    {
        var name = VoiceName(settings);
        if (name.StartsWith('-') || name.Any(char.IsWhiteSpace))
        {
            settings.Invalid("voice", name, "an espeak-ng voice name such as en-gb or en-us+f3");
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

    private static string VoiceName(VoiceSettings settings) => settings.Text("voice") ?? DefaultVoice;

    /// <summary>The installed voices, or why they cannot be listed (espeak-ng missing or failing).</summary>
    private async Task<(EspeakVoiceList? Voices, string? Problem)> ListVoicesAsync(CancellationToken ct)
    {
        var result = await ExternalTool.TryRunAsync(options.ExecutablePath, ["--voices"], standardInput: null, ct).ConfigureAwait(false);
        return result switch
        {
            null => (null, NotFoundMessage),
            { ExitCode: not 0 } => (null, $"`espeak-ng --voices` failed (exit code {result.ExitCode}): {result.ErrorTail()}"),
            _ => (EspeakVoiceList.Parse(result.StandardOutput), null),
        };
    }
}

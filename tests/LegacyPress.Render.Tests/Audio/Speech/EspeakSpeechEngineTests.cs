using LegacyPress.Core.Loading;
using LegacyPress.Render.Audio.Speech;

namespace LegacyPress.Render.Tests.Audio.Speech;

public sealed class EspeakSpeechEngineTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly EspeakSpeechEngine engine = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Synthesises_a_real_wav_whose_length_grows_with_the_text()
    {
        var shortLine = folder.File("short.wav");
        var longLine = folder.File("long.wav");

        var audio = await engine.SynthesizeAsync(FilmDefaults.DefaultVoice, "Nobody had opened it.", shortLine, CancellationToken.None);
        await engine.SynthesizeAsync(
            FilmDefaults.DefaultVoice,
            "Nobody had opened it since the winter he died, and the keys arrived with a letter and a blueprint of a strange brass device.",
            longLine,
            CancellationToken.None);

        Assert.Equal("audio/wav", audio.MediaType);
        var shortSeconds = await Speech.SecondsOf(shortLine);
        var longSeconds = await Speech.SecondsOf(longLine);
        Assert.InRange(shortSeconds, 0.8, 4);
        Assert.True(longSeconds > shortSeconds * 3, $"short {shortSeconds} s, long {longSeconds} s");
        Assert.Equal([longLine, shortLine], Directory.GetFiles(folder.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Speed_setting_changes_the_length()
    {
        const string line = "The workshop smelled of oil and old paper.";
        await engine.SynthesizeAsync(Speech.EspeakVoice(("speed", "100")), line, folder.File("slow.wav"), CancellationToken.None);
        await engine.SynthesizeAsync(Speech.EspeakVoice(("speed", "300"), ("pitch", "20"), ("gap", "1")), line, folder.File("fast.wav"), CancellationToken.None);

        Assert.True(await Speech.SecondsOf(folder.File("slow.wav")) > 1.5 * await Speech.SecondsOf(folder.File("fast.wav")));
    }

    [Theory]
    [InlineData("-v xx --help")]
    [InlineData("\"Quoted,\" he said; 'and $HOME `ls` too'.")]
    [InlineData("-- the end of options")]
    public async Task Text_that_looks_like_options_or_shell_is_only_spoken(string text)
    {
        var output = folder.File("odd.wav");

        await engine.SynthesizeAsync(FilmDefaults.DefaultVoice, text, output, CancellationToken.None);

        Assert.True(await Speech.SecondsOf(output) > 0.2);
    }

    [Fact]
    public void Settings_become_typed_arguments()
    {
        var arguments = EspeakSpeechEngine.Arguments(Speech.EspeakVoice(("voice", "en-us+f3"), ("speed", "160"), ("pitch", "40"), ("gap", "2")));

        Assert.Equal(["-v", "en-us+f3", "-b", "1", "-s", "160", "-p", "40", "-g", "2"], arguments);
        Assert.Equal(["-v", "en-gb", "-b", "1"], EspeakSpeechEngine.Arguments(Speech.EspeakVoice()));
    }

    [Fact]
    public async Task Missing_binary_gives_the_install_hint()
    {
        var missing = new EspeakSpeechEngine(new EspeakOptions(folder.File("no-such-espeak-ng")));

        var error = await Assert.ThrowsAsync<SpeechSynthesisException>(
            () => missing.SynthesizeAsync(FilmDefaults.DefaultVoice, "Hello.", folder.File("line.wav"), CancellationToken.None));

        Assert.Equal("espeak-ng was not found; install it (./build.sh does)", error.Message);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task Failure_reports_the_tail_of_stderr()
    {
        var error = await Assert.ThrowsAsync<SpeechSynthesisException>(
            () => engine.SynthesizeAsync(Speech.EspeakVoice(("voice", "xx-nonexistent")), "Hello.", folder.File("line.wav"), CancellationToken.None));

        Assert.Contains("espeak-ng failed for voice 'narrator'", error.Message, StringComparison.Ordinal);
        Assert.Contains("voice does not exist", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Theory]
    [InlineData("speed", "fast", "'speed' is 'fast'; it must be a whole number from 80 to 450")]
    [InlineData("pitch", "120", "'pitch' is '120'; it must be a whole number from 0 to 99")]
    [InlineData("voice", "-w /etc/passwd", "'voice' is '-w /etc/passwd'")]
    [InlineData("rate", "150", "unknown setting 'rate' (known: voice, speed, pitch, gap)")]
    public async Task Bad_settings_are_reported_clearly(string name, string value, string expected)
    {
        var error = await Assert.ThrowsAsync<SpeechSynthesisException>(
            () => engine.SynthesizeAsync(Speech.EspeakVoice((name, value)), "Hello.", folder.File("line.wav"), CancellationToken.None));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_finds_every_bad_setting_at_once_without_speaking()
    {
        var problems = await engine.CheckAsync(Speech.EspeakVoice(("speed", "1000"), ("pitch", "200"), ("sped", "3")), CancellationToken.None);

        Assert.Equal(
            [
                ("sped", "voice 'narrator' (espeak) has unknown setting 'sped' (known: voice, speed, pitch, gap); did you mean 'speed'?"),
                ("speed", "voice 'narrator' setting 'speed' is '1000'; it must be a whole number from 80 to 450"),
                ("pitch", "voice 'narrator' setting 'pitch' is '200'; it must be a whole number from 0 to 99"),
            ],
            problems.Select(p => (p.Setting, p.Message)));
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task Check_asks_espeak_ng_whether_it_has_the_voice()
    {
        var problem = Assert.Single(await engine.CheckAsync(Speech.EspeakVoice(("voice", "xx-nowhere")), CancellationToken.None));

        Assert.Equal("voice", problem.Setting);
        Assert.StartsWith("voice 'narrator': espeak-ng has no voice 'xx-nowhere'", problem.Message);
        Assert.Empty(await engine.CheckAsync(Speech.EspeakVoice(("voice", "en-us+f3"), ("speed", "160")), CancellationToken.None));
    }

    [Fact]
    public async Task Check_without_espeak_ng_says_to_install_it()
    {
        var missing = new EspeakSpeechEngine(new EspeakOptions(folder.File("no-such-espeak-ng")));

        var problem = Assert.Single(await missing.CheckAsync(Speech.EspeakVoice(), CancellationToken.None));

        Assert.Equal((null, "voice 'narrator': espeak-ng was not found; install it (./build.sh does)"), (problem.Setting, problem.Message));
    }
}

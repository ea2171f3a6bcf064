using System.Diagnostics;
using System.Globalization;
using LegacyPress.Core.Audio;
using LegacyPress.Core.Model;
using LegacyPress.Core.Loading;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Audio;
using LegacyPress.Render.Audio.Dsp;
using LegacyPress.Render.Audio.Mixing;
using LegacyPress.Render.Media;

namespace LegacyPress.Render.Tests.Audio.Mixing;

/// <summary>Mixes a small real project (generated stills, a music bed, recorded narration) through ffmpeg.</summary>
public sealed class MixingTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("lp-mix-").FullName;

    public MixingTests()
    {
        Directory.CreateDirectory(Path.Combine(dir, "images"));
        Directory.CreateDirectory(Path.Combine(dir, "audio"));
        Ffmpeg("-f", "lavfi", "-i", "testsrc2=s=320x180", "-frames:v", "1", Path.Combine(dir, "images", "a.png"));
        // Music: a steady tone, so its level is the same everywhere and ducking is easy to read.
        Ffmpeg("-f", "lavfi", "-i", "sine=frequency=220:d=20", "-ac", "2", "-ar", "48000", Path.Combine(dir, "audio", "music.wav"));
        Ffmpeg("-f", "lavfi", "-i", "sine=frequency=440:d=3", "-ar", "48000", Path.Combine(dir, "audio", "line.wav"));
        File.WriteAllText(Path.Combine(dir, "film.yaml"), """
            schema: 1
            title: Mix test
            cards: { opening: false, acts: false, credits: false }
            music:
              - { id: bed, file: audio/music.wav, gain_db: 0, fade_in: 0, fade_out: 0, duck: { gain_db: -12, attack: 0.5, release: 1.0 } }
            acts:
              - title: One
                shots:
                  - { id: a, image: images/a.png, duration: 10, transition: cut, narration: { audio: audio/line.wav }, sfx: [ { at: 8, effect: impact, duration: 1 } ] }
            narration_timing: { lead_in: 2, tail: 1 }
            """);
    }

    private (Stems Stems, AudioPlan Plan, Timeline Timeline) MixProject()
    {
        var film = new FilmLoader(new MediaInspector()).Load(dir, "film.yaml");
        Assert.True(film.Ok, string.Join('\n', film.Diagnostics));
        var timeline = TimelinePlanner.Plan(film.Film!).Timeline!;
        var narration = new Dictionary<string, string> { ["a"] = Path.Combine(dir, "audio", "line.wav") };
        var plan = AudioPlanner.Plan(film.Film!, timeline, narration);
        var stems = new StemMixer().MixAsync(plan, CancellationToken.None).GetAwaiter().GetResult();
        return (stems, plan, timeline);
    }

    [Fact]
    public void Music_is_ducked_exactly_while_the_narration_speaks()
    {
        var (stems, _, timeline) = MixProject();
        var line = timeline.Narration.Single();
        Assert.Equal(2.0, line.StartSeconds, 6);

        var clear = Rms(stems.Music, 0.2, 1.2);
        var under = Rms(stems.Music, line.StartSeconds + 0.5, line.EndSeconds - 0.5);
        var after = Rms(stems.Music, line.EndSeconds + 1.2, line.EndSeconds + 2.5);

        Assert.Equal(-12, Decibels.FromGain(under / clear), 0.5);
        Assert.Equal(0, Decibels.FromGain(after / clear), 0.5);
    }

    [Fact]
    public void Narration_starts_on_its_planned_sample()
    {
        var (stems, _, timeline) = MixProject();
        var start = StereoBuffer.SampleCountFor(timeline.Narration.Single().StartSeconds);

        Assert.Equal(0f, stems.Dialogue.Left[start - 1]);
        Assert.True(Rms(stems.Dialogue, 2.01, 2.5) > 0.05);
    }

    [Fact]
    public async Task Final_mix_is_within_half_a_LU_of_the_target_and_under_the_peak_ceiling()
    {
        var (stems, plan, _) = MixProject();
        var raw = Path.Combine(dir, "mix-raw.wav");
        var normalised = Path.Combine(dir, "mix.wav");
        using (var f = File.Create(raw))
        {
            stems.Sum().WriteWav(f);
        }

        await LoudnessNormalizer.NormalizeAsync(raw, normalised, plan.Loudness, CancellationToken.None);
        var (integrated, truePeak) = Ebur128(normalised);

        Assert.InRange(integrated, -14.5, -13.5);
        Assert.True(truePeak <= -1.0 + 0.05, $"true peak {truePeak} dBTP");
        Assert.Equal(plan.DurationSeconds, AudioDuration(normalised), 2);
    }

    private static double Rms(StereoBuffer b, double from, double to)
    {
        int a = StereoBuffer.SampleCountFor(from), z = StereoBuffer.SampleCountFor(to);
        double sum = 0;
        for (var i = a; i < z; i++) sum += b.Left[i] * b.Left[i];
        return Math.Sqrt(sum / (z - a));
    }

    /// <summary>Measures with ffmpeg's own ebur128 filter, independent of loudnorm.</summary>
    private static (double Integrated, double TruePeak) Ebur128(string path)
    {
        var err = Ffmpeg("-i", path, "-af", "ebur128=peak=true", "-f", "null", "-");
        var summary = err[err.LastIndexOf("Summary:", StringComparison.Ordinal)..];
        double After(string label)
        {
            var i = summary.IndexOf(label, StringComparison.Ordinal) + label.Length;
            var token = summary[i..].TrimStart().Split(' ')[0];
            return double.Parse(token, CultureInfo.InvariantCulture);
        }
        return (After("I:"), After("Peak:"));
    }

    private static double AudioDuration(string path)
    {
        using var p = Process.Start(new ProcessStartInfo("ffprobe", ["-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", path]) { RedirectStandardOutput = true })!;
        var text = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return double.Parse(text.Trim(), CultureInfo.InvariantCulture);
    }

    private static string Ffmpeg(params string[] args)
    {
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-hide_banner", "-nostdin", "-y" }.Concat(args)) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, err);
        return err;
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}

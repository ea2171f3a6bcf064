using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Release.Checking;
using LegacyPress.Release.Preparation;
using LegacyPress.Release.Tests.Running;
using LegacyPress.Render.Audio.Speech;
using SkiaSharp;
using LegacyPress.TestSupport;

namespace LegacyPress.Release.Tests.Checking;

/// <summary>check on generated sound effects, with no request: a take a render could not make is a problem, one it would make a warning.</summary>
public sealed class GeneratedSoundCheckTests : IDisposable
{
    private const string NoKey = "sfx workshop/1 \"heavy brass gears grinding, slow\": take 2 is not made yet and ELEVENLABS_API_KEY is not set, so a render or release would stop here; export your ElevenLabs API key in it";

    private readonly TestFilm project = new("""
        schema: 1
        title: "Gears"
        cards: { opening: false, acts: false, credits: false }
        acts:
          - title: One
            shots:
              - id: workshop
                image: images/a.png
                duration: 5
                sfx:
                  - { at: 2, effect: { generate: "heavy brass gears grinding, slow", duration: 2, take: 2 } }
        """, ("a.png", SKColors.SaddleBrown));

    // Never reached: check makes no request, so no server is needed behind the address.
    private static readonly Uri Nowhere = new("http://127.0.0.1:1");

    public void Dispose() => project.Dispose();


    private static SpeechServices Speech(Film film, string? key) =>
        new(film.Project, progress: null, new ElevenLabsOptions { ApiKey = key, BaseUrl = Nowhere });

    private async Task<IReadOnlyList<string>> CheckAsync(string? key)
    {
        var film = project.Load();
        using var speech = Speech(film, key);
        var problems = await ProjectCheck.RunAsync(film, TimelinePlanner.Plan(film).Timeline!, speech, RepositoryFiles.PathOf("templates"), p => p, DateTimeOffset.UtcNow, CancellationToken.None);
        return problems.Select(p => p.ToString()).ToList();
    }

    [Fact]
    public async Task A_take_not_made_with_no_key_is_a_problem_at_the_effect()
    {
        Assert.Equal([$"film.yaml:11:30: {NoKey}"], await CheckAsync(key: null));
    }

    [Fact]
    public async Task The_same_problem_stops_a_release_before_the_narration_is_spoken()
    {
        var film = project.Load();
        using var speech = Speech(film, key: null);

        var problems = await ProjectCheck.BeforeSpeakingAsync(film, speech, DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.Equal([NoKey], problems.Select(p => p.Message));
    }

    [Fact]
    public async Task A_take_already_made_needs_no_key()
    {
        var film = project.Load();
        using (var speech = Speech(film, key: null))
        {
            var take = speech.Sounds.PathFor(film.Shots.Single().Sounds[0].Generated!, 2);
            Directory.CreateDirectory(Path.GetDirectoryName(take)!);
            TestSupport.TestSounds.WriteSineWav(take, 2);
        }

        Assert.Empty(await CheckAsync(key: null));
    }

    [Fact]
    public void With_a_key_a_take_not_made_is_a_warning_that_the_next_render_makes_it()
    {
        var film = project.Load();
        using var speech = Speech(film, "sk_test_check");

        var warning = Assert.Single(GeneratedSoundCheck.Warnings(film, speech.Sounds));

        Assert.Empty(GeneratedSoundCheck.Problems(film, speech.Sounds));
        Assert.Equal("film.yaml:11:30: sfx workshop/1 \"heavy brass gears grinding, slow\": take 2 is not made yet; the next render or release generates it with ElevenLabs (once: it is cached), or `legacypress generate --sounds` makes takes to choose from", warning.ToString());
    }
}

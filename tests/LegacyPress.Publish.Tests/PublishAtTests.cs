using LegacyPress.Publish.Planning;
using LegacyPress.Publish.Settings;
using LegacyPress.Publish.Tests.Fakes;

namespace LegacyPress.Publish.Tests;

/// <summary>A scheduled time is judged against the caller's clock: past or too soon is refused at its line, before anything is sent.</summary>
public sealed class PublishAtTests
{
    private static TestProject Scheduled(string when) => new($"publish:\n  youtube:\n    publish_at: \"{when}\"");

    [Fact]
    public void A_publish_at_in_the_past_is_refused_at_its_line_with_both_times()
    {
        using var project = Scheduled("2025-01-01T10:00:00Z");

        var (settings, problems) = PublishSettingsReader.Read(project.Load(), ManualClock.Start);

        Assert.Null(settings);
        Assert.Equal(
            "film.yaml:14:17: publish.youtube.publish_at: 2025-01-01T10:00:00+00:00 is in the past (now 2026-06-01T12:00:00+00:00); YouTube refuses a scheduled time that has passed",
            Assert.Single(problems).ToString());
    }

    [Fact]
    public void The_past_is_shown_in_the_offset_the_user_wrote()
    {
        using var project = Scheduled("2026-06-01T13:30:00+02:00");

        var problem = Assert.Single(PublishSettingsReader.Read(project.Load(), ManualClock.Start).Diagnostics);

        Assert.Contains("2026-06-01T13:30:00+02:00 is in the past (now 2026-06-01T14:00:00+02:00)", problem.Message);
    }

    [Fact]
    public void A_publish_at_less_than_two_minutes_ahead_is_refused_as_too_soon()
    {
        using var project = Scheduled("2026-06-01T12:01:30Z");

        var problem = Assert.Single(PublishSettingsReader.Read(project.Load(), ManualClock.Start).Diagnostics);

        Assert.Equal(
            "film.yaml:14:17: publish.youtube.publish_at: 2026-06-01T12:01:30+00:00 is too soon (now 2026-06-01T12:00:00+00:00); schedule it at least 2 minutes ahead, since the upload takes time and YouTube refuses a scheduled time that has passed",
            problem.ToString());
    }

    [Fact]
    public void A_publish_at_two_minutes_or_more_ahead_is_scheduled()
    {
        using var project = Scheduled("2026-06-01T12:02:00Z");

        var (settings, problems) = PublishSettingsReader.Read(project.Load(), ManualClock.Start);

        Assert.Empty(problems);
        Assert.Equal(ManualClock.Start + PublishSettingsReader.PublishAtMinimumLead, settings!.PublishAt);
    }

    [Fact]
    public async Task Publishing_with_a_past_publish_at_is_refused_before_any_request()
    {
        await using var server = await FakeYouTubeServer.StartAsync();
        using var project = Scheduled("2026-06-01T11:00:00Z");
        var harness = new PublishHarness(server, project);
        await harness.SignInAsync();
        var signInRequests = server.Requests.Count;

        var prepared = harness.Prepare(new PublishRequest(project.FilmPath, project.Artifacts) { Clock = new ManualClock() });

        Assert.False(prepared.Ok);
        Assert.Contains("is in the past", Assert.Single(prepared.Diagnostics).Message);
        Assert.Equal(signInRequests, server.Requests.Count);
        Assert.Empty(server.Videos);
    }
}

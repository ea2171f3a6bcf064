using System.Net;
using LegacyPress.Publish.Files;
using LegacyPress.Publish.Ledger;
using LegacyPress.Publish.Metadata;
using LegacyPress.Publish.Planning;
using LegacyPress.Publish.Settings;
using LegacyPress.Publish.Upload;

namespace LegacyPress.Publish.Tests;

public sealed class PlannerAndSettingsTests
{
    private static readonly YouTubeSettings Settings = YouTubeSettings.Defaults("en") with { Playlist = "Shorts" };

    private static PublishInputs Inputs(string filmSha = "aaaa0000aaaa0000", string resource = "{}") => new(
        new MediaFile("/p/film.mp4", "film.mp4", new FileFingerprint(filmSha, 1000), "video/mp4"),
        new VideoMetadata("T", "D", [], "t", "d", "g"),
        Settings,
        resource,
        new MediaFile("/p/thumb.jpg", "thumb.jpg", new FileFingerprint("thumb111thumb111", 10), "image/jpeg"),
        [new CaptionFile("en", "English", new MediaFile("/p/film.en.srt", "film.en.srt", new FileFingerprint("caps1111caps1111", 5), "text/plain"))]);

    private static PlatformRecord Published(PublishInputs inputs) => new()
    {
        Film = new FilmRecord("film.mp4", inputs.Film.Fingerprint.Sha256, inputs.Film.Fingerprint.Bytes),
        VideoId = "vid",
        MetadataSha256 = inputs.MetadataSha256,
        ThumbnailSha256 = inputs.Thumbnail!.Fingerprint.Sha256,
        Captions = [new CaptionRecord("en", "cap", inputs.Captions[0].File.Fingerprint.Sha256)],
        Playlist = new PlaylistRecord("Shorts", "PL1", "item"),
    };

    [Fact]
    public void A_first_publish_uploads_and_attaches_everything_and_counts_its_quota()
    {
        var (plan, refusal) = PublishPlanner.Plan(Inputs(), null, replace: false);
        Assert.Null(refusal);
        Assert.Equal(VideoAction.UploadNew, plan!.Video);
        Assert.True(plan.SetThumbnail);
        Assert.Equal(CaptionAction.Insert, plan.Captions[0].Action);
        Assert.Equal(["videos.insert", "thumbnails.set", "captions.insert", "playlists.list", "playlistItems.insert"], plan.QuotaCalls.Select(q => q.Method));
    }

    [Fact]
    public void The_same_inputs_again_plan_nothing()
    {
        var inputs = Inputs();
        var (plan, _) = PublishPlanner.Plan(inputs, Published(inputs), replace: false);
        Assert.True(plan!.NothingToDo);
        Assert.Empty(plan.QuotaCalls);
    }

    [Fact]
    public void Changed_metadata_and_captions_update_only_those()
    {
        var before = Inputs();
        var record = Published(before) with { Captions = [new CaptionRecord("en", "cap", "old")] };
        var (plan, _) = PublishPlanner.Plan(Inputs(resource: """{"changed":true}"""), record, replace: false);
        Assert.Equal(VideoAction.Keep, plan!.Video);
        Assert.True(plan.UpdateMetadata);
        Assert.False(plan.SetThumbnail);
        Assert.Equal((CaptionAction.Update, "cap"), (plan.Captions[0].Action, plan.Captions[0].ExistingCaptionId));
        Assert.Equal(["videos.update", "captions.update"], plan.QuotaCalls.Select(q => q.Method));
    }

    [Fact]
    public void An_interrupted_upload_of_the_same_film_resumes_and_of_another_film_starts_over()
    {
        var inputs = Inputs();
        var interrupted = new PlatformRecord
        {
            Film = new FilmRecord("film.mp4", inputs.Film.Fingerprint.Sha256, 1000),
            Upload = new UploadSessionRecord("http://x/session", 512, DateTimeOffset.UnixEpoch),
        };
        Assert.Equal(VideoAction.Resume, PublishPlanner.Plan(inputs, interrupted, false).Plan!.Video);
        Assert.Equal(VideoAction.UploadNew, PublishPlanner.Plan(Inputs(filmSha: "bbbb1111bbbb1111"), interrupted, false).Plan!.Video);
    }

    [Fact]
    public void Range_header_gives_the_next_byte_and_no_header_means_nothing_arrived()
    {
        using var none = new HttpResponseMessage((HttpStatusCode)308);
        Assert.Equal(0, ResumableUpload.ConfirmedOffset(none));
        using var some = new HttpResponseMessage((HttpStatusCode)308);
        some.Headers.TryAddWithoutValidation("Range", "bytes=0-262143");
        Assert.Equal(262144, ResumableUpload.ConfirmedOffset(some));
    }

    [Fact]
    public void Settings_default_to_film_and_animation_private_and_synthetic_media()
    {
        using var project = new TestProject();
        var (settings, problems) = PublishSettingsReader.Read(project.Load());
        Assert.Empty(problems);
        Assert.Equal(("1", Privacy.Private, true, true), (settings!.Category.Id, settings.Privacy, settings.ContainsSyntheticMedia, settings.Embeddable));
    }

    [Fact]
    public void Every_bad_setting_is_reported_at_its_line()
    {
        using var project = new TestProject("""
            publish:
              youtube:
                privacy: public
                publish_at: 2030-01-01T10:00:00
                made_for_kids: maybe
                thumbnail: ../outside.jpg
                captions: [en, "not a tag"]
                colour: red
              vimeo: {}
            """);
        var (settings, problems) = PublishSettingsReader.Read(project.Load());
        Assert.Null(settings);
        var lines = problems.Select(p => (p.Location.Line, p.Message)).ToList();
        Assert.All(problems, p => Assert.Equal("film.yaml", p.Location.File));
        Assert.Contains(lines, l => l.Line == 15 && l.Message.Contains("publish_at") && l.Message.Contains("offset"));
        Assert.Contains(lines, l => l.Line == 16 && l.Message.Contains("true or false"));
        Assert.Contains(lines, l => l.Line == 17 && l.Message.Contains("escapes the project folder"));
        Assert.Contains(lines, l => l.Line == 18 && l.Message.Contains("not a tag"));
        Assert.Contains(lines, l => l.Line == 19 && l.Message.Contains("unknown key 'colour'"));
        Assert.Contains(lines, l => l.Line == 20 && l.Message.Contains("unknown platform 'vimeo'"));
    }
}

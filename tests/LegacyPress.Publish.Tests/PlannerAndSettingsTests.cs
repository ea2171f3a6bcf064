using LegacyPress.Core.Generation;
using System.Net;
using LegacyPress.Core.Platforms;
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
        var (settings, problems) = PublishSettingsReader.Read(project.Load(), ManualClock.Start);
        Assert.Empty(problems);
        Assert.Equal(("1", Privacy.Private, true, true), (settings!.Category.Id, settings.Privacy, settings.ContainsSyntheticMedia, settings.Embeddable));
    }

    [Fact]
    public void A_film_whose_stills_were_generated_cannot_be_published_as_not_synthetic()
    {
        using var project = new TestProject("publish:\n  youtube:\n    synthetic_media: false");
        ProvenanceFile.Record(project.Root, new StillProvenance("images/a.png", "a", "comfyui", "sd_xl_base_1.0.safetensors", "a brass device", "", 7, 1344, 768, [], ManualClock.Start));

        var (settings, problems) = PublishSettingsReader.Read(project.Load(), ManualClock.Start);

        Assert.Null(settings);
        var problem = Assert.Single(problems);
        Assert.Equal(14, problem.Location.Line);
        Assert.Equal("publish.youtube.synthetic_media is false, but images/provenance.json records 1 of 1 still generated with comfyui (sd_xl_base_1.0.safetensors); YouTube's altered or synthetic content disclosure must be true for them (remove the line: it defaults to true)", problem.Message);
    }

    [Fact]
    public void Generated_stills_are_disclosed_by_default()
    {
        using var project = new TestProject();
        ProvenanceFile.Record(project.Root, new StillProvenance("images/a.png", "a", "openai", "gpt-image-1", "a brass device", "", 7, 1536, 1024, [], ManualClock.Start));

        Assert.True(PublishSettingsReader.Read(project.Load(), ManualClock.Start).Settings!.ContainsSyntheticMedia);
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
        var (settings, problems) = PublishSettingsReader.Read(project.Load(), ManualClock.Start);
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

    [Fact]
    public void Every_bad_key_and_value_is_reported_at_once_at_its_exact_line_and_column()
    {
        // TestProject's film.yaml ends on line 11; the publish section starts on line 12.
        using var project = new TestProject("""
            publish:
              youtube:
                privacy: secret
                publish_at: 2030-02-30T10:00:00+01:00
                playlist: ""
                category: Flim & Animation
                default_language: english
                license: cc
                embeddable: [yes]
                captions: [en, { de: true }]
                thumbnail: images/a.gif
                privcy: public
              youtub: {}
            """);
        File.WriteAllBytes(Path.Combine(project.Root, "images", "a.gif"), [0x47, 0x49, 0x46]);

        var (settings, problems) = PublishSettingsReader.Read(project.Load(), ManualClock.Start);

        Assert.Null(settings);
        Assert.Equal(
            [
                "film.yaml:14:14: publish.youtube.privacy: 'secret' is not one of private, unlisted, public",
                "film.yaml:15:17: publish.youtube.publish_at: '2030-02-30T10:00:00+01:00' is not an ISO 8601 date and time with an offset (e.g. 2026-12-12T18:00:00+01:00 or ...Z)",
                "film.yaml:16:15: publish.youtube.playlist is empty; leave it out to add the video to no playlist",
                "film.yaml:17:15: publish.youtube.category: unknown category 'Flim & Animation'; did you mean 'Film & Animation'? (use a name like 'Film & Animation' or its id)",
                "film.yaml:18:23: publish.youtube.default_language: 'english' is not a language tag like en or pt-BR",
                "film.yaml:19:14: publish.youtube.license: 'cc' is not one of youtube, creative-commons, creativecommon",
                "film.yaml:20:17: publish.youtube.embeddable must be a single value, got a list",
                "film.yaml:21:20: publish.youtube.captions: items must be language tags like en or pt-BR, got a mapping",
                "film.yaml:22:16: publish.youtube.thumbnail: 'images/a.gif' is not a JPEG or PNG; YouTube takes only those",
                "film.yaml:23:5: publish.youtube: unknown key 'privcy'; did you mean 'privacy'?",
                "film.yaml:24:3: publish: unknown platform 'youtub' (supported: youtube); did you mean 'youtube'?",
            ],
            problems.Select(p => p.ToString()));
    }

    [Theory]
    [InlineData("2026-12-12T18:00:00+01:00", "2026-12-12T17:00:00Z")]
    [InlineData("2026-12-12T18:00Z", "2026-12-12T18:00:00Z")]
    [InlineData("2026-12-12T18:00:00.5-0500", "2026-12-12T23:00:00.5Z")]
    public void Publish_at_takes_any_well_formed_ISO_8601_instant_ahead_of_now(string written, string utc)
    {
        using var project = new TestProject($"publish: {{ youtube: {{ publish_at: \"{written}\" }} }}");

        var (settings, problems) = PublishSettingsReader.Read(project.Load(), ManualClock.Start);

        Assert.Empty(problems);
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), settings!.PublishAt);
        Assert.Equal(Privacy.Private, settings.EffectivePrivacy);
    }

    [Theory]
    [InlineData("12/12/2026 18:00 +01:00")]
    [InlineData("2026-12-12 18:00:00+01:00")]
    [InlineData("2026-12-12T18:00:00")]
    [InlineData("2026-12-12")]
    public void Publish_at_refuses_what_is_not_an_ISO_8601_instant_with_an_offset(string written)
    {
        using var project = new TestProject($"publish: {{ youtube: {{ publish_at: \"{written}\" }} }}");

        var problem = Assert.Single(PublishSettingsReader.Read(project.Load(), ManualClock.Start).Diagnostics);

        Assert.Contains("is not an ISO 8601 date and time with an offset", problem.Message);
        Assert.Equal(12, problem.Location.Line);
    }

    [Fact]
    public void A_playlist_title_over_YouTubes_limit_is_reported_at_the_title()
    {
        using var project = new TestProject($"publish:\n  youtube:\n    playlist: {new string('x', 151)}");

        var problem = Assert.Single(PublishSettingsReader.Read(project.Load(), ManualClock.Start).Diagnostics);

        Assert.Equal("film.yaml:14:15: publish.youtube.playlist: the title has 151 characters; YouTube allows 150", problem.ToString());
    }

    [Fact]
    public void Settings_are_read_without_an_artifacts_folder_or_a_film()
    {
        using var project = new TestProject("publish: { youtube: { privacy: unlisted, playlist: Shorts, captions: [en, de] } }");
        Directory.Delete(project.Artifacts, recursive: true);

        var (settings, problems) = PublishSettingsReader.Read(project.Load(), ManualClock.Start);

        Assert.Empty(problems);
        Assert.Equal((Privacy.Unlisted, "Shorts"), (settings!.Privacy, settings.Playlist));
        Assert.Equal(["en", "de"], settings.CaptionLanguages);
    }

    [Fact]
    public void Tags_are_counted_the_way_YouTube_counts_them()
    {
        Assert.Equal(3 + 1 + (10 + 2), YouTubeLimits.TagsLength(["sci", "short film"]));
    }
}

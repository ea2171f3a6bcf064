using LegacyPress.Publish.Planning;
using LegacyPress.Core.Platforms;

namespace LegacyPress.Cli.Commands;

/// <summary>The plan as plain values: what the dry run prints (table or JSON) and what a real run starts from.</summary>
internal sealed record PublishReport(
    string Platform,
    string Video,
    string VideoReason,
    string? VideoId,
    object Metadata,
    IReadOnlyList<PublishReport.FileRow> Files,
    IReadOnlyList<PublishReport.StepRow> Steps,
    IReadOnlyList<PublishReport.QuotaRow> Quota)
{
    public sealed record FileRow(string Role, string Path, long Bytes, string Sha256, string Action);

    public sealed record StepRow(string Step, string Action);

    public sealed record QuotaRow(string Method, int Calls, int Units, string Bucket);

    public static PublishReport From(PublishPlan plan, YouTubeLimits limits)
    {
        var inputs = plan.Inputs;
        var settings = inputs.Settings;
        var files = new List<FileRow>
        {
            new("film", inputs.Film.DisplayPath, inputs.Film.Fingerprint.Bytes, inputs.Film.Fingerprint.Sha256, Name(plan.Video)),
        };
        if (inputs.Thumbnail is { } t)
        {
            files.Add(new("thumbnail", t.DisplayPath, t.Fingerprint.Bytes, t.Fingerprint.Sha256, plan.SetThumbnail ? "set" : "unchanged"));
        }
        files.AddRange(plan.Captions.Select(c => new FileRow($"captions {c.Caption.Language}", c.Caption.File.DisplayPath, c.Caption.File.Fingerprint.Bytes, c.Caption.File.Fingerprint.Sha256, c.Action.ToString().ToLowerInvariant())));

        var steps = new List<StepRow>
        {
            new("video", $"{Name(plan.Video)}: {plan.VideoReason}"),
            new("details", plan.Video != VideoAction.Keep ? "sent with the upload" : plan.UpdateMetadata ? "update (changed since last run)" : "unchanged"),
            new("thumbnail", inputs.Thumbnail is null ? "none found" : plan.SetThumbnail ? "set" : "unchanged"),
        };
        steps.AddRange(plan.Captions.Select(c => new StepRow($"captions {c.Caption.Language}", c.Action.ToString().ToLowerInvariant())));
        steps.Add(new("playlist", settings.Playlist is null ? "none" : plan.Playlist is null ? $"already in '{settings.Playlist}'" : $"add to '{plan.Playlist.Title}' (created if missing: +{limits.CostOf("playlists.insert").Units} units)"));

        var metadata = new
        {
            title = inputs.Metadata.Title,
            titleSource = inputs.Metadata.TitleSource,
            description = inputs.Metadata.Description,
            descriptionSource = inputs.Metadata.DescriptionSource,
            tags = string.Join(", ", inputs.Metadata.Tags),
            tagsSource = inputs.Metadata.TagsSource,
            category = $"{settings.Category.Name} ({settings.Category.Id})",
            defaultLanguage = settings.DefaultLanguage,
            privacy = settings.EffectivePrivacy.ToString().ToLowerInvariant(),
            publishAt = settings.PublishAt,
            madeForKids = settings.MadeForKids,
            containsSyntheticMedia = settings.ContainsSyntheticMedia,
            license = settings.License.ToString(),
            embeddable = settings.Embeddable,
        };
        var quota = plan.QuotaCalls.Select(q =>
        {
            var cost = limits.CostOf(q.Method);
            return new QuotaRow(q.Method, q.Calls, q.Calls * cost.Units, cost.Bucket);
        }).ToList();
        return new PublishReport("youtube", Name(plan.Video), plan.VideoReason, plan.ExistingVideoId, metadata, files, steps, quota)
        {
            VideoResource = System.Text.Json.Nodes.JsonNode.Parse(inputs.VideoResourceJson),
        };
    }

    /// <summary>The exact video resource videos.insert (or videos.update, with the id) sends.</summary>
    public System.Text.Json.Nodes.JsonNode? VideoResource { get; init; }

    private static string Name(VideoAction action) => action switch
    {
        VideoAction.UploadNew => "upload",
        VideoAction.Resume => "resume upload",
        _ => "keep",
    };
}

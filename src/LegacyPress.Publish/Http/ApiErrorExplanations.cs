using System.Net;
using LegacyPress.Core.Platforms;

namespace LegacyPress.Publish.Http;

/// <summary>
/// What each YouTube error reason means for the film-maker and what to do, in one table. Reasons listed as
/// retryable are short-lived; every other 4xx is final, because repeating it only burns quota.
/// </summary>
public static class ApiErrorExplanations
{
    private const string AuthAgain = "run `legacypress auth youtube --client-secrets <file>` again";

    private static readonly HashSet<string> RetryableReasons = ["rateLimitExceeded", "userRateLimitExceeded", "backendError", "internalError"];

    private static readonly YouTubeLimits YouTube = YouTubeLimits.Default;

    private static readonly Dictionary<string, string> Explanations = new()
    {
        ["quotaExceeded"] = "the Google Cloud project's daily YouTube Data API quota is used up (10,000 units a day; videos.insert has its own bucket of 100 calls). " +
                            "Quota resets at midnight Pacific time: run publish again then and it continues where it stopped (publish.lock.json). " +
                            "A higher quota can be requested in the Google Cloud console.",
        ["dailyLimitExceeded"] = "the daily request limit of the Google Cloud project is reached; run publish again tomorrow (it continues from publish.lock.json).",
        ["uploadLimitExceeded"] = "this YouTube channel has reached its upload limit for now (YouTube caps uploads per channel per day, lower for new or unverified channels). " +
                                  "Wait about 24 hours, or verify the channel at youtube.com/verify; the next run resumes from publish.lock.json.",
        ["forbidden"] = "YouTube refused the request for this account (it may not own or manage the channel or video, or the channel is restricted). " +
                        "Check which Google account you signed in with, or " + AuthAgain + ".",
        ["insufficientPermissions"] = "the saved sign-in does not include the permission this step needs (upload and caption management); " + AuthAgain + ".",
        ["youtubeSignupRequired"] = "the signed-in Google account has no YouTube channel yet: create one at youtube.com, then " + AuthAgain + ".",
        ["authError"] = "YouTube no longer accepts the saved sign-in; " + AuthAgain + ".",
        ["videoNotFound"] = "the video in publish.lock.json no longer exists on YouTube (deleted?). Publish it again as a new video with --replace.",
        ["playlistNotFound"] = "the playlist in publish.lock.json no longer exists; remove its entry from publish.lock.json and run again to create it.",
        ["invalidCategoryId"] = "YouTube does not accept publish.youtube.category for this channel's region; pick another category.",
        ["invalidPublishAt"] = "publish.youtube.publish_at is not accepted (it must be in the future and the video private).",
        ["invalidTitle"] = $"YouTube rejected the title (empty, over {YouTube.TitleMaxCharacters} characters, or with '<' or '>').",
        ["invalidDescription"] = $"YouTube rejected the description (over {YouTube.DescriptionMaxBytes} bytes, or with '<' or '>').",
        ["invalidTags"] = $"YouTube rejected the tags (over {YouTube.TagsMaxCharacters} characters together).",
        ["invalidImage"] = "YouTube rejected the thumbnail image (it must be a JPEG or PNG of at least 640x360, 16:9).",
        ["mediaBodyTooLarge"] = "the file is larger than YouTube accepts for this step.",
        ["uploadRequired"] = "YouTube expected a file and got none.",
    };

    private static readonly HashSet<string> TryLaterReasons = ["quotaExceeded", "dailyLimitExceeded", "uploadLimitExceeded"];

    private static readonly HashSet<string> SignInReasons = ["authError", "insufficientPermissions", "youtubeSignupRequired"];

    /// <summary>What a final error means for the rest of the run: a quota waits for tomorrow, a dead sign-in stops everything.</summary>
    public static PublishFailureKind KindOf(ApiError error) =>
        error.Reason is { } r && TryLaterReasons.Contains(r) ? PublishFailureKind.TryLater
        : error.Status == HttpStatusCode.Unauthorized || error.Reason is { } s && SignInReasons.Contains(s) ? PublishFailureKind.SignIn
        : PublishFailureKind.Refused;

    public static bool IsRetryable(ApiError error) =>
        (int)error.Status >= 500 || error.Status == HttpStatusCode.TooManyRequests || (error.Reason is { } r && RetryableReasons.Contains(r));

    /// <summary>One paragraph for the user: what failed, YouTube's reason, and what to do.</summary>
    /// <param name="refusalHint">
    /// What a 403 means for this one request, when it is not the generic "wrong account" (thumbnails: an unverified
    /// channel); YouTube's own message is always added to it.
    /// </param>
    public static string Explain(string action, ApiError error, string? refusalHint = null)
    {
        var code = $"{(int)error.Status}{(error.Reason is null ? "" : " " + error.Reason)}";
        var explanation = refusalHint is not null && error.Status == HttpStatusCode.Forbidden && KindOf(error) == PublishFailureKind.Refused
            ? refusalHint
            : error.Reason is { } reason && Explanations.TryGetValue(reason, out var text)
                ? text
                : error.Status switch
                {
                    HttpStatusCode.Unauthorized => Explanations["authError"],
                    HttpStatusCode.Forbidden => Explanations["forbidden"],
                    HttpStatusCode.NotFound => "YouTube does not know the resource (deleted, or the wrong account).",
                    _ => error.Message ?? "YouTube returned an error without details.",
                };
        // YouTube's own words go with ours: they name the case our table may only guess at.
        var said = error.Message is { Length: > 0 } m && !explanation.Contains(m, StringComparison.Ordinal) ? $" YouTube says: {m}" : "";
        return $"{action} failed ({code}): {explanation}{said}";
    }
}

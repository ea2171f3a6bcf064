namespace LegacyPress.Publish.Tests.Fakes;

/// <summary>The kinds of request the fake YouTube counts, so a fault can be aimed at "the 3rd chunk".</summary>
public enum RequestKind { Token, SessionStart, Chunk, StatusQuery, VideosUpdate, Thumbnail, Caption, CaptionsList, PlaylistsList, PlaylistsInsert, PlaylistItemsInsert, PlaylistItemsList }

/// <summary>A scripted misbehaviour of the fake platform.</summary>
public abstract record FakeFault
{
    /// <summary>Answer with this status and a Google-style error body (reason and message optional), storing nothing.</summary>
    public sealed record Status(int Code, string? Reason = null, string? Message = null) : FakeFault;

    /// <summary>Carry out the request (the resource is created), then answer with this status instead of the resource.</summary>
    public sealed record SucceedThenStatus(int Code) : FakeFault;

    /// <summary>Read this many bytes of the chunk, keep them, then cut the connection without an answer.</summary>
    public sealed record DropConnection(int KeepBytes) : FakeFault;

    /// <summary>Keep only this many bytes of the chunk and answer 308 with the shorter Range.</summary>
    public sealed record KeepOnly(int KeepBytes) : FakeFault;

    /// <summary>Handle the request fully, then cut the connection before the answer (the client cannot know it worked). Uploads and creates.</summary>
    public sealed record LoseAnswer : FakeFault;

    /// <summary>Every access token issued so far stops working (an early expiry): the request gets 401.</summary>
    public sealed record ExpireAccessTokens : FakeFault;

    /// <summary>Wait before handling the request normally.</summary>
    public sealed record Slow(TimeSpan Delay) : FakeFault;
}

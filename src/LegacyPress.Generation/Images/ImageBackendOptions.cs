namespace LegacyPress.Generation.Images;

/// <summary>
/// How to reach one image backend, as film.yaml's <c>generate:</c> and the environment decide it: the CLI fills it
/// (the API key from the backend's variable, see <see cref="ImageBackends.ApiKeyVariableOf"/>) and
/// <see cref="ImageBackends.Create"/> turns it into a backend. Null means "the backend's default" throughout.
/// </summary>
/// <param name="Backend">The name film.yaml uses: one of <see cref="ImageBackends.Known"/>.</param>
public sealed record ImageBackendOptions(string Backend)
{
    /// <summary>
    /// What makes the pictures: ComfyUI's checkpoint (set as every CheckpointLoaderSimple's <c>ckpt_name</c>; null keeps
    /// the workflow's), OpenAI's model (null: <c>gpt-image-1</c>), Stability's <c>core</c>, <c>ultra</c>, <c>sd3</c> or an
    /// SD3 model such as <c>sd3.5-large</c> (null: <c>core</c>).
    /// </summary>
    public string? Model { get; init; }

    /// <summary>ComfyUI only: the project's own workflow in API format ("Save (API Format)"); null uses the shipped templates.</summary>
    public string? WorkflowPath { get; init; }

    /// <summary>The service's base address; null is its public one (ComfyUI: http://127.0.0.1:8188).</summary>
    public Uri? Endpoint { get; init; }

    /// <summary>The secret for OpenAI and Stability; needed only when a picture is actually asked for (cache hits need none).</summary>
    public string? ApiKey { get; init; }

    /// <summary>
    /// How long one attempt may take before it is abandoned and retried: one HTTP call to OpenAI or Stability; for
    /// ComfyUI each HTTP call, and the wait for the queued picture to be made.
    /// </summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(5);

    public GenerationRetryOptions Retry { get; init; } = new();

    /// <summary>The endpoint to use, ending in '/' so that paths resolve under it (a proxy's <c>/comfy/</c> prefix stays).</summary>
    internal Uri EndpointOr(Uri serviceDefault)
    {
        var uri = Endpoint ?? serviceDefault;
        return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    // A record prints every property; the key must never reach a log.
    public override string ToString() =>
        $"{Backend} (model {Model ?? "default"}, endpoint {Endpoint?.ToString() ?? "default"}{(WorkflowPath is null ? "" : $", workflow {WorkflowPath}")}, API key {(ApiKey is null ? "not set" : "set")})";
}

using System.Globalization;
using System.Text.Json.Nodes;

namespace LegacyPress.Generation.Images.ComfyUi;

/// <summary>
/// Pictures from a ComfyUI server (local by default) running an API-format workflow: the shipped txt2img template,
/// or img2img when the shot has reference stills, or the project's own workflow. References are uploaded, the filled
/// workflow queued, the websocket followed for progress (the history polled when there is no websocket), and the
/// saved picture fetched. The model is the workflow's checkpoint; the sampler's steps, CFG and the rest are the
/// workflow's own.
/// </summary>
public sealed class ComfyUiBackend : IImageBackend
{
    public const string BackendName = "comfyui";

    public const string TextToImageTemplate = "txt2img.json";
    public const string ImageToImageTemplate = "img2img.json";

    private const string Service = "ComfyUI";

    private static readonly TimeSpan HistoryPollInterval = TimeSpan.FromMilliseconds(500);

    private readonly ComfyUiWorkflow textToImage;
    private readonly ComfyUiWorkflow imageToImage;
    private readonly string? checkpoint;
    private readonly Uri endpoint;
    private readonly TimeSpan jobTimeout;
    private readonly ComfyUiClient client;

    /// <exception cref="GenerationException">The workflow (the project's, or a shipped template) cannot be used.</exception>
    public ComfyUiBackend(ImageBackendOptions options, HttpClient http, IProgress<string>? retryNotices = null)
    {
        if (options.WorkflowPath is { } own)
        {
            // The project's one workflow serves every shot; whether it takes references is its own choice.
            textToImage = imageToImage = ComfyUiWorkflow.Load(own);
        }
        else
        {
            textToImage = ComfyUiWorkflow.Load(Path.Combine(ShippedTemplatesDirectory, TextToImageTemplate));
            imageToImage = ComfyUiWorkflow.Load(Path.Combine(ShippedTemplatesDirectory, ImageToImageTemplate));
        }
        checkpoint = options.Model;
        Model = options.Model ?? textToImage.Checkpoint;
        Recipe = $"{Model}|workflow {WorkflowHash(textToImage.Source, imageToImage.Source)}";
        endpoint = options.EndpointOr(DefaultEndpoint);
        jobTimeout = options.RequestTimeout;
        var retry = new GenerationRetry(Service, endpoint, options.RequestTimeout, options.Retry, retryNotices);
        client = new ComfyUiClient(new ServiceHttp(http, retry, ComfyUiClient.Said), endpoint);
    }

    public static Uri DefaultEndpoint { get; } = new("http://127.0.0.1:8188/");

    /// <summary>Where the build copies <c>templates/comfyui</c>: beside the running assembly, as the fonts are.</summary>
    public static string ShippedTemplatesDirectory => Path.Combine(AppContext.BaseDirectory, "templates", "comfyui");

    public string Name => BackendName;

    /// <summary>The checkpoint: the option's, else the workflow's <c>ckpt_name</c>.</summary>
    public string Model { get; }

    /// <summary>The checkpoint and the workflows' bytes: steps, CFG, sampler and LoRAs decide the picture as much as the prompt.</summary>
    public string Recipe { get; }

    private static string WorkflowHash(params string[] paths) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            paths.Distinct(StringComparer.Ordinal).SelectMany(File.ReadAllBytes).ToArray()))[..16];

    public async Task<ImageOutcome> GenerateAsync(ImageRequest request, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var workflow = request.ReferenceFiles.Count > 0 ? imageToImage : textToImage;
        if (workflow.Mismatch(request) is { } mismatch)
        {
            throw new GenerationException(mismatch);
        }
        var references = new List<string>(workflow.ReferenceSlots);
        foreach (var path in request.ReferenceFiles.Take(workflow.ReferenceSlots))
        {
            references.Add(await client.UploadAsync(ReferenceStill.Read(path), cancellationToken).ConfigureAwait(false));
        }
        var filled = workflow.Fill(request, checkpoint, references);
        var clientId = Guid.NewGuid().ToString("N");
        using var socket = await ComfyUiProgressSocket.TryConnectAsync(endpoint, clientId, cancellationToken).ConfigureAwait(false);
        var promptId = await client.QueueAsync(filled, clientId, workflow.Source, cancellationToken).ConfigureAwait(false);
        var entry = await FinishedAsync(promptId, socket, workflow.Source, progress, cancellationToken).ConfigureAwait(false);
        if (ComfyUiExecutionFailure.OfHistory(entry, workflow.Source) is { } failure)
        {
            throw failure;
        }
        var image = SavedImage(entry) ?? throw new GenerationException($"ComfyUI ran the workflow {workflow.Source} but it saved no picture");
        var bytes = await client.ViewAsync(image, cancellationToken).ConfigureAwait(false);
        progress?.Report(1);
        return PictureFormat.Picture(bytes, Service);
    }

    /// <summary>The prompt's history entry once it has run, following the websocket while there is one.</summary>
    private async Task<JsonObject> FinishedAsync(string promptId, ComfyUiProgressSocket? socket, string source, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(jobTimeout);
        try
        {
            if (socket is not null)
            {
                // A lost socket is no failure: the history still says when the picture is done.
                await socket.WaitForAsync(promptId, source, progress, deadline.Token).ConfigureAwait(false);
            }
            while (true)
            {
                if (await client.HistoryAsync(promptId, deadline.Token).ConfigureAwait(false) is { } entry)
                {
                    return entry;
                }
                await Task.Delay(HistoryPollInterval, deadline.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Queued work is ComfyUI's, not ours to cancel: another client's picture may be running ahead of it.
            throw new GenerationException(
                $"ComfyUI did not finish the picture within {jobTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s (prompt {promptId}); is its queue busy? A longer request timeout gives it more time");
        }
    }

    /// <summary>The first picture a SaveImage node kept (type "output"), else any picture the entry lists, by node id.</summary>
    private static ComfyUiImage? SavedImage(JsonObject entry)
    {
        var images = (entry["outputs"] as JsonObject ?? [])
            .OrderBy(o => ComfyUiWorkflow.NodeOrder(o.Key))
            .SelectMany(o => o.Value?["images"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(i => i["filename"] is JsonValue)
            .Select(i => new ComfyUiImage((string)i["filename"]!, (string?)i["subfolder"] ?? "", (string?)i["type"] ?? "output"))
            .ToList();
        return images.FirstOrDefault(i => i.Type == "output") ?? images.FirstOrDefault();
    }
}

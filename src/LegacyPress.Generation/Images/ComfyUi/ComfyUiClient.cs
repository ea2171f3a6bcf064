using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LegacyPress.Generation.Images.ComfyUi;

/// <summary>One picture a finished workflow saved, as ComfyUI's history names it.</summary>
internal sealed record ComfyUiImage(string FileName, string Subfolder, string Type);

/// <summary>
/// ComfyUI's HTTP API, each call retried on its own (a busy or restarting server, a dropped connection):
/// <c>POST /upload/image</c>, <c>POST /prompt</c>, <c>GET /history/{id}</c> and <c>GET /view</c>.
/// </summary>
internal sealed class ComfyUiClient(ServiceHttp http, Uri endpoint)
{
    /// <summary>Uploads a reference still into ComfyUI's input folder; returns the name a LoadImage node takes.</summary>
    public async Task<string> UploadAsync(ReferenceStill still, CancellationToken cancellationToken)
    {
        // Named by content, so the same still is one file however often it is sent, and overwriting it changes nothing.
        var name = "legacypress-" + Convert.ToHexStringLower(SHA256.HashData(still.Bytes))[..16] + still.Extension;
        var answer = await http.SendAsync(
            () =>
            {
                var image = new ByteArrayContent(still.Bytes);
                image.Headers.ContentType = new MediaTypeHeaderValue(still.MediaType);
                var form = new MultipartFormDataContent { { image, "image", name }, { new StringContent("true"), "overwrite" }, { new StringContent("input"), "type" } };
                return new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint, "upload/image")) { Content = form };
            },
            cancellationToken).ConfigureAwait(false);
        if (!answer.IsSuccess)
        {
            throw new GenerationException($"ComfyUI refused the reference still {still.Path} ({answer.Status}): {Said(answer)}");
        }
        var json = Json(answer, "upload/image");
        var uploaded = (string?)json["name"] ?? throw new GenerationException("ComfyUI's answer to upload/image names no file");
        var subfolder = (string?)json["subfolder"] ?? "";
        return subfolder.Length == 0 ? uploaded : $"{subfolder}/{uploaded}";
    }

    /// <summary>Queues a filled workflow for the websocket client <paramref name="clientId"/>; returns its prompt id.</summary>
    /// <exception cref="GenerationException">ComfyUI refused the workflow (its node errors, readably).</exception>
    public async Task<string> QueueAsync(JsonObject workflow, string clientId, string source, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["prompt"] = workflow, ["client_id"] = clientId }.ToJsonString();
        var answer = await http.SendAsync(
            () => new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint, "prompt")) { Content = new StringContent(body, Encoding.UTF8, "application/json") },
            cancellationToken).ConfigureAwait(false);
        if (!answer.IsSuccess)
        {
            var reason = answer.Status == 400 ? ComfyUiPromptRejection.Describe(answer.Text) : $"{answer.Status} {Said(answer)}";
            throw new GenerationException($"ComfyUI refused the workflow {source}: {reason}");
        }
        return (string?)Json(answer, "prompt")["prompt_id"] ?? throw new GenerationException("ComfyUI's answer to prompt has no prompt_id");
    }

    /// <summary>The history entry of a prompt, or null while it is still queued or running (ComfyUI adds it when it finishes).</summary>
    public async Task<JsonObject?> HistoryAsync(string promptId, CancellationToken cancellationToken)
    {
        var answer = await http.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, new Uri(endpoint, "history/" + Uri.EscapeDataString(promptId))), cancellationToken).ConfigureAwait(false);
        if (!answer.IsSuccess)
        {
            throw new GenerationException($"ComfyUI did not give the history of prompt {promptId} ({answer.Status}): {Said(answer)}");
        }
        return Json(answer, "history")[promptId] as JsonObject;
    }

    /// <summary>The bytes of a picture a workflow saved.</summary>
    public async Task<byte[]> ViewAsync(ComfyUiImage image, CancellationToken cancellationToken)
    {
        var query = $"view?filename={Uri.EscapeDataString(image.FileName)}&subfolder={Uri.EscapeDataString(image.Subfolder)}&type={Uri.EscapeDataString(image.Type)}";
        var answer = await http.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, new Uri(endpoint, query)), cancellationToken).ConfigureAwait(false);
        if (!answer.IsSuccess)
        {
            throw new GenerationException($"ComfyUI did not send the picture {image.FileName} it saved ({answer.Status}): {Said(answer)}");
        }
        return answer.Body;
    }

    /// <summary>ComfyUI's words for a failed call: its JSON error's message, or the text it sent.</summary>
    public static string Said(ServiceAnswer answer)
    {
        var text = answer.Text.Trim();
        if (text.Length == 0)
        {
            return "no details";
        }
        try
        {
            if (JsonNode.Parse(text) is JsonObject json)
            {
                var error = json["error"];
                var said = error is JsonObject detail ? detail["message"] : error ?? json["message"];
                if (said is JsonValue value && value.TryGetValue<string>(out var message))
                {
                    return ServiceText.Clean(message, null);
                }
            }
        }
        catch (JsonException)
        {
            // aiohttp's own errors are plain text ("500 Internal Server Error\n\nServer got itself in trouble").
        }
        return ServiceText.Clean(text, null);
    }

    private static JsonObject Json(ServiceAnswer answer, string call)
    {
        try
        {
            return JsonNode.Parse(answer.Text) as JsonObject ?? throw new GenerationException($"ComfyUI's answer to {call} is not a JSON object");
        }
        catch (JsonException e)
        {
            throw new GenerationException($"ComfyUI's answer to {call} is not JSON: {e.Message}", e);
        }
    }
}

using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LegacyPress.Generation.Images.ComfyUi;

/// <summary>
/// ComfyUI's websocket (<c>/ws?clientId=</c>), opened before the workflow is queued so no message is missed: it
/// tells how far the sampler is (<c>progress</c> value/max), when the workflow is done (<c>executing</c> with node
/// null, or <c>execution_success</c>) and why it failed (<c>execution_error</c>). Binary messages (previews) are skipped.
/// </summary>
internal sealed class ComfyUiProgressSocket : IDisposable
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

    private readonly ClientWebSocket socket;

    private ComfyUiProgressSocket(ClientWebSocket socket) => this.socket = socket;

    /// <summary>The open socket, or null when ComfyUI (or a proxy before it) takes none: the caller then polls the history.</summary>
    public static async Task<ComfyUiProgressSocket?> TryConnectAsync(Uri endpoint, string clientId, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ConnectTimeout);
        try
        {
            await socket.ConnectAsync(Address(endpoint, clientId), timeout.Token).ConfigureAwait(false);
            return new ComfyUiProgressSocket(socket);
        }
        catch (Exception e) when (e is WebSocketException or HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            socket.Dispose();
            return null;
        }
    }

    /// <summary>Reads until <paramref name="promptId"/> is done (true) or the socket is lost (false: poll instead).</summary>
    /// <exception cref="GenerationException">ComfyUI reported that the workflow failed or was interrupted.</exception>
    public async Task<bool> WaitForAsync(string promptId, string source, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        while (true)
        {
            JsonNode? message;
            try
            {
                message = await ReceiveAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (WebSocketException)
            {
                return false;
            }
            if (message is null)
            {
                return false;
            }
            var data = message["data"] as JsonObject ?? [];
            if (data["prompt_id"] is JsonValue id && (string?)id != promptId)
            {
                continue;
            }
            var type = (string?)message["type"];
            if (type == "progress" && data["max"] is JsonValue max && (double)max > 0 && data["value"] is JsonValue value)
            {
                progress?.Report(Math.Clamp((double)value / (double)max, 0, 1));
            }
            else if ((type == "executing" && data.ContainsKey("node") && data["node"] is null && data.ContainsKey("prompt_id")) || type == "execution_success")
            {
                return true;
            }
            else if (type == "execution_error")
            {
                throw ComfyUiExecutionFailure.From(data, source);
            }
            else if (type == "execution_interrupted")
            {
                throw ComfyUiExecutionFailure.Interrupted(source);
            }
        }
    }

    public void Dispose() => socket.Dispose();

    private static Uri Address(Uri endpoint, string clientId)
    {
        var ws = new UriBuilder(new Uri(endpoint, "ws?clientId=" + Uri.EscapeDataString(clientId)))
        {
            Scheme = endpoint.Scheme == Uri.UriSchemeHttps ? "wss" : "ws",
        };
        return ws.Uri;
    }

    /// <summary>The next text message as JSON (skipping binary ones and any that is not JSON), or null once the socket closes.</summary>
    private async Task<JsonNode?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        while (true)
        {
            using var text = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }
                text.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);
            if (result.MessageType != WebSocketMessageType.Text)
            {
                continue;
            }
            try
            {
                return JsonNode.Parse(Encoding.UTF8.GetString(text.GetBuffer(), 0, (int)text.Length)) ?? new JsonObject();
            }
            catch (JsonException)
            {
                // Not a message of ComfyUI's protocol; the next one may be.
            }
        }
    }
}

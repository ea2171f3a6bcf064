using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SkiaSharp;

namespace LegacyPress.TestSupport.Fakes.Images;

/// <summary>
/// A local stand-in for a ComfyUI server on 127.0.0.1: <c>POST /upload/image</c> into its input folder, <c>POST
/// /prompt</c> checked the way ComfyUI checks it (<see cref="FakeComfyUiNodes"/>), one queued run at a time that
/// reports on a real websocket (<c>/ws?clientId=</c>: status, executing, progress for each sampler step, executed,
/// execution_success or execution_error, executing null) and then records the history, <c>GET /history/{id}</c> and
/// <c>GET /view</c>; its requests include each websocket's opening one. The picture is a real PNG at the size the graph makes, its colour decided by checkpoint, prompt,
/// negative prompt, seed and any reference. Scripted faults (429, 5xx, drops, slowness) answer HTTP requests in turn.
/// </summary>
public sealed class FakeComfyUiServer : FakeService
{
    private readonly ConcurrentDictionary<string, byte[]> inputs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> outputs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JsonObject> history = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ClientSocket> sockets = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<JsonObject> queued = new();
    private readonly ConcurrentQueue<string> scriptedFailures = new();
    private readonly ConcurrentBag<Task> runs = [];
    private readonly SemaphoreSlim oneRunAtATime = new(1, 1);
    private readonly CancellationTokenSource stopping = new();
    private int promptNumber;
    private int savedImages;

    private FakeComfyUiServer()
    {
    }

    /// <summary>The workflows accepted into the queue, as sent.</summary>
    public IReadOnlyList<JsonObject> Queued => queued.ToArray();

    /// <summary>Off: <c>/ws</c> answers 404, as behind a proxy that passes no websockets.</summary>
    public bool WebSocketsEnabled { get; set; } = true;

    /// <summary>How long each sampler step takes.</summary>
    public TimeSpan StepDelay { get; set; } = TimeSpan.FromMilliseconds(2);

    public static async Task<FakeComfyUiServer> StartAsync()
    {
        var server = new FakeComfyUiServer();
        server.Host = await FakeServiceHost.StartAsync(_ => true, (app, host) =>
        {
            app.MapPost("/upload/image", context => host.ServeAsync(context, server.UploadAsync));
            app.MapPost("/prompt", context => host.ServeAsync(context, server.QueueAsync));
            app.MapGet("/history/{promptId}", context => host.ServeAsync(context, server.HistoryAsync));
            app.MapGet("/view", context => host.ServeAsync(context, server.ViewAsync));
            app.Map("/ws", server.SocketAsync);
        });
        return server;
    }

    /// <summary>The next run fails in its sampler, as a GPU out of memory does.</summary>
    public void FailNextRun(string exceptionMessage) => scriptedFailures.Enqueue(exceptionMessage);

    public override async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        try
        {
            await Task.WhenAll(runs);
        }
        catch (OperationCanceledException)
        {
        }
        await base.DisposeAsync();
        stopping.Dispose();
    }

    private async Task UploadAsync(HttpContext context, RecordedRequest request)
    {
        if (request.Files.FirstOrDefault(f => f.Field == "image") is not { } image || image.FileName.Length == 0)
        {
            context.Response.StatusCode = 400;
            return;
        }
        var overwrite = request.Fields.GetValueOrDefault("overwrite") is "true" or "1";
        var name = image.FileName;
        if (!overwrite)
        {
            // ComfyUI keeps both: a different picture under a taken name becomes "name (1).png".
            for (var i = 1; inputs.TryGetValue(name, out var existing) && !existing.AsSpan().SequenceEqual(image.Bytes); i++)
            {
                name = $"{Path.GetFileNameWithoutExtension(image.FileName)} ({i}){Path.GetExtension(image.FileName)}";
            }
        }
        inputs[name] = image.Bytes;
        await FakeServiceHost.AnswerJsonAsync(context, 200, new JsonObject { ["name"] = name, ["subfolder"] = "", ["type"] = request.Fields.GetValueOrDefault("type") ?? "input" });
    }

    private async Task QueueAsync(HttpContext context, RecordedRequest request)
    {
        if (JsonNode.Parse(request.Body) is not JsonObject body || body["prompt"] is not JsonObject prompt)
        {
            await FakeServiceHost.AnswerJsonAsync(context, 400, new JsonObject { ["error"] = new JsonObject { ["type"] = "no_prompt", ["message"] = "No prompt provided", ["details"] = "", ["extra_info"] = new JsonObject() }, ["node_errors"] = new JsonObject() });
            return;
        }
        if (FakeComfyUiNodes.Validate(prompt, inputs.ContainsKey) is { } refusal)
        {
            await FakeServiceHost.AnswerJsonAsync(context, 400, refusal);
            return;
        }
        var promptId = Guid.NewGuid().ToString();
        var number = Interlocked.Increment(ref promptNumber) - 1;
        queued.Enqueue((JsonObject)prompt.DeepClone());
        var clientId = (string?)body["client_id"];
        await FakeServiceHost.AnswerJsonAsync(context, 200, new JsonObject { ["prompt_id"] = promptId, ["number"] = number, ["node_errors"] = new JsonObject() });
        runs.Add(Task.Run(() => RunAsync(promptId, number, (JsonObject)prompt.DeepClone(), clientId, stopping.Token)));
    }

    private Task HistoryAsync(HttpContext context, RecordedRequest request)
    {
        var promptId = (string)context.Request.RouteValues["promptId"]!;
        var answer = new JsonObject();
        if (history.TryGetValue(promptId, out var entry))
        {
            answer[promptId] = entry.DeepClone();
        }
        return FakeServiceHost.AnswerJsonAsync(context, 200, answer);
    }

    private async Task ViewAsync(HttpContext context, RecordedRequest request)
    {
        var name = request.Query.GetValueOrDefault("filename") ?? "";
        var folder = request.Query.GetValueOrDefault("type") is "input" ? inputs : outputs;
        if (name.Length == 0 || name.Contains("..", StringComparison.Ordinal) || !folder.TryGetValue(name, out var bytes))
        {
            context.Response.StatusCode = 404;
            return;
        }
        context.Response.ContentType = "image/png";
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private async Task SocketAsync(HttpContext context)
    {
        await Host.RecordAsync(context);
        if (!WebSocketsEnabled || !context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 404;
            return;
        }
        var sid = context.Request.Query["clientId"].ToString();
        sid = sid.Length == 0 ? Guid.NewGuid().ToString("N") : sid;
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var client = new ClientSocket(socket);
        sockets[sid] = client;
        try
        {
            await client.SendAsync("status", new JsonObject { ["status"] = new JsonObject { ["exec_info"] = new JsonObject { ["queue_remaining"] = 0 } }, ["sid"] = sid }, stopping.Token);
            var buffer = new byte[1024];
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, stopping.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    break;
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The client went away, or the server is stopping.
        }
        finally
        {
            sockets.TryRemove(new KeyValuePair<string, ClientSocket>(sid, client));
        }
    }

    /// <summary>Runs a queued workflow, one at a time, telling its client on the websocket as ComfyUI's executor does.</summary>
    private async Task RunAsync(string promptId, int number, JsonObject prompt, string? clientId, CancellationToken ct)
    {
        await oneRunAtATime.WaitAsync(ct);
        try
        {
            var messages = new JsonArray();
            async Task Tell(string type, JsonObject data, bool keep = false)
            {
                data["prompt_id"] = promptId;
                if (keep)
                {
                    messages.Add(new JsonArray(type, data.DeepClone()));
                }
                if (clientId is not null && sockets.TryGetValue(clientId, out var socket))
                {
                    await socket.SendAsync(type, data, ct);
                }
            }

            await Tell("execution_start", new JsonObject { ["timestamp"] = Now() }, keep: true);
            await Tell("execution_cached", new JsonObject { ["nodes"] = new JsonArray(), ["timestamp"] = Now() }, keep: true);
            var saved = new JsonObject();
            var executed = new JsonArray();
            foreach (var id in ExecutionOrder(prompt))
            {
                await Tell("executing", new JsonObject { ["node"] = id, ["display_node"] = id });
                var classType = (string)prompt[id]!["class_type"]!;
                if (classType == "KSampler")
                {
                    if (scriptedFailures.TryDequeue(out var failure))
                    {
                        var error = new JsonObject
                        {
                            ["node_id"] = id,
                            ["node_type"] = classType,
                            ["executed"] = executed.DeepClone(),
                            ["exception_message"] = failure,
                            ["exception_type"] = "torch.OutOfMemoryError",
                            ["traceback"] = new JsonArray("  File \"execution.py\", line 327, in execute\n"),
                            ["current_inputs"] = new JsonObject(),
                            ["current_outputs"] = new JsonObject(),
                            ["timestamp"] = Now(),
                        };
                        error["prompt_id"] = promptId;
                        messages.Add(new JsonArray("execution_error", error.DeepClone()));
                        history[promptId] = Entry(promptId, number, prompt, clientId, new JsonObject(), "error", messages);
                        await Tell("execution_error", error);
                        await Tell("executing", new JsonObject { ["node"] = null });
                        return;
                    }
                    var steps = FakeComfyUiNodes.StepsOf(prompt, id);
                    for (var step = 1; step <= steps; step++)
                    {
                        await Task.Delay(StepDelay, ct);
                        await Tell("progress", new JsonObject { ["value"] = step, ["max"] = steps, ["node"] = id });
                    }
                }
                if (classType == "SaveImage")
                {
                    var picture = (Picture)Evaluate(prompt, (JsonArray)prompt[id]!["inputs"]!["images"]!);
                    var name = $"{(string?)prompt[id]!["inputs"]!["filename_prefix"] ?? "ComfyUI"}_{Interlocked.Increment(ref savedImages):00000}_.png";
                    outputs[name] = FakePictures.Png(picture.Width, picture.Height, picture.DecidedBy);
                    var output = new JsonObject { ["images"] = new JsonArray(new JsonObject { ["filename"] = name, ["subfolder"] = "", ["type"] = "output" }) };
                    saved[id] = output;
                    await Tell("executed", new JsonObject { ["node"] = id, ["display_node"] = id, ["output"] = output.DeepClone() });
                }
                executed.Add(id);
            }
            // The history has the entry before the client hears that the run is over, as in ComfyUI.
            messages.Add(new JsonArray("execution_success", new JsonObject { ["prompt_id"] = promptId, ["timestamp"] = Now() }));
            history[promptId] = Entry(promptId, number, prompt, clientId, saved, "success", messages);
            await Tell("execution_success", new JsonObject { ["timestamp"] = Now() });
            await Tell("executing", new JsonObject { ["node"] = null });
        }
        finally
        {
            oneRunAtATime.Release();
        }
    }

    private static JsonObject Entry(string promptId, int number, JsonObject prompt, string? clientId, JsonObject saved, string status, JsonArray messages) => new()
    {
        ["prompt"] = new JsonArray(number, promptId, prompt.DeepClone(), new JsonObject { ["client_id"] = clientId }, new JsonArray(saved.Select(s => (JsonNode)JsonValue.Create(s.Key)).ToArray())),
        ["outputs"] = saved.DeepClone(),
        ["status"] = new JsonObject { ["status_str"] = status, ["completed"] = status == "success", ["messages"] = messages.DeepClone() },
        ["meta"] = new JsonObject(),
    };

    /// <summary>Every node the outputs need, each after the nodes it takes from.</summary>
    private static List<string> ExecutionOrder(JsonObject prompt)
    {
        var order = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Visit(string id)
        {
            if (!seen.Add(id))
            {
                return;
            }
            foreach (var input in (JsonObject)prompt[id]!["inputs"]!)
            {
                if (input.Value is JsonArray { Count: 2 } link)
                {
                    Visit(link[0]!.ToString());
                }
            }
            order.Add(id);
        }
        foreach (var output in prompt.Where(n => (string?)n.Value!["class_type"] is "SaveImage" or "PreviewImage"))
        {
            Visit(output.Key);
        }
        return order;
    }

    /// <summary>What a picture is decided by, and its size, as the graph makes it.</summary>
    private sealed record Picture(int Width, int Height, string DecidedBy);

    /// <summary>What a linked output is in the fake's terms: a picture (latent or image), conditioning text, or a checkpoint.</summary>
    private object Evaluate(JsonObject prompt, JsonArray link)
    {
        var id = link[0]!.ToString();
        var inputs = (JsonObject)prompt[id]!["inputs"]!;
        JsonArray Link(string name) => (JsonArray)inputs[name]!;
        int Number(string name) => (int)(double)inputs[name]!;
        switch ((string)prompt[id]!["class_type"]!)
        {
            case "CheckpointLoaderSimple":
                return (string)inputs["ckpt_name"]!;
            case "CLIPTextEncode":
                return (string)inputs["text"]!;
            case "ConditioningCombine":
                return $"{Evaluate(prompt, Link("conditioning_1"))} + {Evaluate(prompt, Link("conditioning_2"))}";
            case "EmptyLatentImage":
                return new Picture(Number("width"), Number("height"), "empty");
            case "LoadImage":
                var bytes = this.inputs[(string)inputs["image"]!];
                using (var reference = SKBitmap.Decode(bytes))
                {
                    return new Picture(reference.Width, reference.Height, "reference " + Convert.ToHexStringLower(SHA256.HashData(bytes))[..12]);
                }
            case "ImageScale":
                var source = (Picture)Evaluate(prompt, Link("image"));
                return source with { Width = Number("width") == 0 ? source.Width : Number("width"), Height = Number("height") == 0 ? source.Height : Number("height") };
            case "VAEEncode":
                return Evaluate(prompt, Link("pixels"));
            case "VAEDecode":
                return Evaluate(prompt, Link("samples"));
            case "KSampler":
                var latent = (Picture)Evaluate(prompt, Link("latent_image"));
                var decided = $"{Evaluate(prompt, Link("model"))}|{Evaluate(prompt, Link("positive"))}|{Evaluate(prompt, Link("negative"))}|{inputs["seed"]}|{latent.DecidedBy}";
                return latent with { DecidedBy = decided };
            default:
                throw new InvalidOperationException($"the fake cannot run {(string)prompt[id]!["class_type"]!}");
        }
    }

    private static double Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    /// <summary>One client's websocket; sends are one at a time, as a websocket needs.</summary>
    private sealed class ClientSocket(WebSocket socket)
    {
        private readonly SemaphoreSlim sending = new(1, 1);

        public async Task SendAsync(string type, JsonObject data, CancellationToken ct)
        {
            var bytes = Encoding.UTF8.GetBytes(new JsonObject { ["type"] = type, ["data"] = data.DeepClone() }.ToJsonString());
            await sending.WaitAsync(ct);
            try
            {
                if (socket.State == WebSocketState.Open)
                {
                    await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, ct);
                }
            }
            catch (WebSocketException)
            {
                // The client has gone; ComfyUI carries on regardless.
            }
            finally
            {
                sending.Release();
            }
        }
    }
}

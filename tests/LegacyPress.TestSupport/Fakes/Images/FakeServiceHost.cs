using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LegacyPress.TestSupport.Fakes.Images;

/// <summary>
/// What the fake services share, in FakeElevenLabsServer's shape: Kestrel on 127.0.0.1 at a free port, a record of
/// every request (the key redacted), and a queue of scripted faults (429, 5xx, a dropped connection, a slow answer),
/// each answering the next request instead of the service's normal behaviour.
/// </summary>
public sealed class FakeServiceHost : IAsyncDisposable
{
    public const string RedactedKey = "<redacted>";

    private readonly WebApplication app;
    private readonly Func<HttpRequest, bool> keyAccepted;
    private readonly ConcurrentQueue<FakeFault> script = new();
    private readonly ConcurrentQueue<RecordedRequest> requests = new();

    private FakeServiceHost(WebApplication app, Func<HttpRequest, bool> keyAccepted)
    {
        this.app = app;
        this.keyAccepted = keyAccepted;
    }

    /// <summary>The server's address, ending in '/'.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Every request seen so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => requests.ToArray();

    /// <param name="keyAccepted">Whether a request carries the service's key, as the service checks it.</param>
    /// <param name="map">Maps the service's routes; each route answers through <see cref="ServeAsync"/>.</param>
    public static async Task<FakeServiceHost> StartAsync(Func<HttpRequest, bool> keyAccepted, Action<WebApplication, FakeServiceHost> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.UseWebSockets();
        var host = new FakeServiceHost(app, keyAccepted);
        map(app, host);
        await app.StartAsync();
        host.BaseUrl = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return host;
    }

    /// <summary>Queues scripted answers, each for the next request in turn.</summary>
    public void Enqueue(params FakeFault[] faults)
    {
        foreach (var fault in faults)
        {
            script.Enqueue(fault);
        }
    }

    /// <summary>Records the request, then plays the next scripted fault if there is one, else lets the service answer.</summary>
    public async Task ServeAsync(HttpContext context, Func<HttpContext, RecordedRequest, Task> answer)
    {
        var recorded = await RecordAsync(context);
        try
        {
            if (script.TryDequeue(out var fault))
            {
                switch (fault)
                {
                    case FakeFault.Status status:
                        if (status.RetryAfter is { } after)
                        {
                            context.Response.Headers.RetryAfter = after;
                        }
                        context.Response.StatusCode = status.Code;
                        context.Response.ContentType = status.ContentType;
                        await context.Response.WriteAsync(status.Body, context.RequestAborted);
                        return;
                    case FakeFault.DropConnection:
                        // Promise a whole answer, send a little of it, and cut the connection.
                        context.Response.StatusCode = 200;
                        context.Response.ContentLength = 4096;
                        await context.Response.Body.WriteAsync(new byte[64], context.RequestAborted);
                        await context.Response.Body.FlushAsync(context.RequestAborted);
                        context.Abort();
                        return;
                    case FakeFault.Slow slow:
                        await Task.Delay(slow.Delay, context.RequestAborted);
                        break;
                }
            }
            await answer(context, recorded);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up (its attempt timed out, or the run was cancelled); nothing to answer.
        }
    }

    /// <summary>Records a request without playing faults (a websocket's opening request).</summary>
    public async Task<RecordedRequest> RecordAsync(HttpContext context)
    {
        var request = context.Request;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new List<RecordedFile>();
        var body = "";
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(context.RequestAborted);
            foreach (var field in form)
            {
                fields[field.Key] = field.Value.ToString();
            }
            foreach (var file in form.Files)
            {
                using var bytes = new MemoryStream();
                await file.CopyToAsync(bytes, context.RequestAborted);
                files.Add(new RecordedFile(file.Name, file.FileName, file.ContentType, bytes.ToArray()));
            }
        }
        else
        {
            using var reader = new StreamReader(request.Body);
            body = await reader.ReadToEndAsync(context.RequestAborted);
        }
        var recorded = new RecordedRequest(
            request.Method,
            request.Path.Value ?? "",
            request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal),
            request.Headers.ToDictionary(
                h => h.Key,
                h => h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase) ? RedactedKey : h.Value.ToString(),
                StringComparer.OrdinalIgnoreCase),
            body,
            fields,
            files,
            keyAccepted(request));
        requests.Enqueue(recorded);
        return recorded;
    }

    /// <summary>Answers with a JSON body, as every fake's errors and results are.</summary>
    public static Task AnswerJsonAsync(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

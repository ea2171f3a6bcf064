using LegacyPress.Generation.Images;

namespace LegacyPress.Generation.Tests.Images;

/// <summary>What the backend tests share: a request, fast retries, and the messages of an exception and all its inner ones.</summary>
internal static class BackendTestSupport
{
    public static ImageRequest Request(string shot = "workshop", long seed = 4242, int width = 1920, int height = 1088, params string[] references) =>
        new(shot, "brass light through a dusty workshop window, film still", "blurry, text, watermark", seed, width, height, references);

    /// <summary>Options with retries fast enough for tests.</summary>
    public static ImageBackendOptions Options(string backend, Uri endpoint, string? apiKey = null, int maxAttempts = 3, TimeSpan? timeout = null) => new(backend)
    {
        Endpoint = endpoint,
        ApiKey = apiKey,
        RequestTimeout = timeout ?? TimeSpan.FromSeconds(20),
        Retry = new GenerationRetryOptions { MaxAttempts = maxAttempts, BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(40) },
    };

    /// <summary>An address on this machine where nothing listens: a service that is not running.</summary>
    public static Uri NothingListening()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    /// <summary>Every message from the exception down its inner exceptions, and its full text (which includes stack traces).</summary>
    public static string AllText(Exception e)
    {
        var messages = new List<string> { e.ToString() };
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            messages.Add(inner.Message);
        }
        return string.Join("\n", messages);
    }
}

/// <summary>Records progress as it is reported, on the reporting thread (Progress&lt;T&gt; would post it later).</summary>
internal sealed class RecordedProgress<T> : IProgress<T>
{
    private readonly List<T> values = [];

    public IReadOnlyList<T> Values
    {
        get
        {
            lock (values)
            {
                return values.ToList();
            }
        }
    }

    public void Report(T value)
    {
        lock (values)
        {
            values.Add(value);
        }
    }
}

using System.Net;
using LegacyPress.Publish.Http;

namespace LegacyPress.Publish.Upload;

/// <summary>
/// A chunk's bytes as request content written in small slices, each waiting for the run's <see cref="TokenBucket"/>,
/// so a rate limit holds during the chunk and not only on average between chunks.
/// </summary>
internal sealed class ThrottledContent(byte[] buffer, int offset, int count, TokenBucket bucket) : HttpContent
{
    /// <summary>Small enough that a slice at a low limit is a fraction of a second, big enough not to cost a syscall per byte.</summary>
    public const int SliceBytes = 16 * 1024;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        for (var sent = 0; sent < count; sent += SliceBytes)
        {
            var slice = Math.Min(SliceBytes, count - sent);
            await bucket.WaitAsync(slice, cancellationToken).ConfigureAwait(false);
            await stream.WriteAsync(buffer.AsMemory(offset + sent, slice), cancellationToken).ConfigureAwait(false);
            // Without a flush the handler may hold slices back and send them together, undoing the pacing.
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = count;
        return true;
    }
}

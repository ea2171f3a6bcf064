using LegacyPress.Core.Files;

namespace LegacyPress.TestSupport;

/// <summary>
/// A disk with room for so many more bytes, shared by every file written through <see cref="Streams"/>; past that,
/// each write stores what still fits and fails with ENOSPC, as a full disk does. The in-process stand-in for a small
/// tmpfs where one cannot be mounted (<see cref="OutputFile"/>'s stream seam; real files underneath).
/// </summary>
public sealed class FillingDisk(long bytesFree)
{
    /// <summary>errno ENOSPC, which .NET puts in <see cref="IOException.HResult"/> on Unix.</summary>
    public const int NoSpace = 28;

    private long free = bytesFree;

    /// <summary>The bytes that still fit.</summary>
    public long BytesFree => Interlocked.Read(ref free);

    /// <summary>Opens files on this disk: hand it to a run as its <see cref="OutputStreamFactory"/>.</summary>
    public OutputStreamFactory Streams => (path, options) => new LimitedStream(new FileStream(path, options), this);

    /// <summary>Takes up to <paramref name="wanted"/> bytes of the room left; returns how many were granted.</summary>
    private long Take(long wanted)
    {
        while (true)
        {
            var left = Interlocked.Read(ref free);
            var granted = Math.Min(left, wanted);
            if (Interlocked.CompareExchange(ref free, left - granted, left) == left)
            {
                return granted;
            }
        }
    }

    private sealed class LimitedStream(FileStream file, FillingDisk disk) : Stream
    {
        public override bool CanRead => file.CanRead;

        public override bool CanSeek => file.CanSeek;

        public override bool CanWrite => file.CanWrite;

        public override long Length => file.Length;

        public override long Position
        {
            get => file.Position;
            set => file.Position = value;
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var granted = (int)disk.Take(buffer.Length);
            file.Write(buffer[..granted]);
            if (granted < buffer.Length)
            {
                // What .NET itself throws for ENOSPC: the errno in HResult, strerror's words and the path in the message.
                file.Flush();
                throw new IOException($"No space left on device : '{file.Name}'", NoSpace);
            }
        }

        public override void WriteByte(byte value) => Write([value]);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Flush() => file.Flush();

        public override int Read(byte[] buffer, int offset, int count) => file.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => file.Seek(offset, origin);

        public override void SetLength(long value) => file.SetLength(value);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                file.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}

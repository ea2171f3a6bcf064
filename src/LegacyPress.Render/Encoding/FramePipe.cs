using System.Runtime.InteropServices;

namespace LegacyPress.Render.Encoding;

/// <summary>
/// Hands finished frames to ffmpeg's stdin. On Linux the pipe is given the frame's pages with vmsplice(2) instead of a
/// copy of them: a 1080p frame is 3 MB, and copying it into the kernel cost ~1.5 ms of CPU a frame on 2 cores — CPU
/// x264 did not get. ffmpeg reads the bytes straight out of our buffer, so a buffer handed over may not be drawn on
/// again until ffmpeg has read it: <see cref="HeldBytes"/> says how many bytes after a frame must be written before
/// its buffer is free (the pipe's capacity: the pipe never holds more). Anywhere vmsplice is not there, or refused,
/// frames are written with plain writes and are free at once.
/// </summary>
/// <remarks>
/// Buffers given to <see cref="Write"/> must not move while the pipe holds them: the pipeline's are pinned
/// (<see cref="NewBuffer"/>). Writes block; a write into a full pipe is unblocked by ffmpeg reading, or by its death
/// (the pipe breaks), which is how a stopped render stops writing. Hand-written (P/Invoke) because .NET's streams
/// only copy.
/// </remarks>
internal sealed unsafe partial class FramePipe
{
    private const int Interrupted = 4;
    private const int WouldBlock = 11;
    private const int BrokenPipe = 32;
    private const short PollOut = 0x4;

    private readonly Stream stream;
    private readonly int descriptor;
    private bool splicing;
    private bool spliced;

    private FramePipe(Stream stream, int descriptor, int capacity)
    {
        this.stream = stream;
        this.descriptor = descriptor;
        splicing = capacity > 0;
        Capacity = capacity;
    }

    /// <summary>Bytes that must follow a frame into the pipe before its buffer may be drawn on again; 0 when writes copy.</summary>
    public int HeldBytes => splicing ? Capacity : 0;

    private int Capacity { get; }

    /// <summary>The pipe behind <paramref name="input"/>, spliced into where the system allows it.</summary>
    public static FramePipe Open(Stream input) =>
        PipeCapacity.LinuxDescriptor(input) is { } descriptor
            ? new FramePipe(input, descriptor, PipeCapacity.Of(descriptor))
            : new FramePipe(input, -1, 0);

    /// <summary>A frame buffer the GC never moves, so the pipe may hold its pages.</summary>
    public static byte[] NewBuffer(int bytes) => GC.AllocateArray<byte>(bytes, pinned: true);

    /// <summary>Writes all of <paramref name="frame"/>, blocking while the pipe is full.</summary>
    /// <exception cref="IOException">ffmpeg stopped reading (the pipe broke) or the write failed.</exception>
    public void Write(ReadOnlySpan<byte> frame)
    {
        if (!splicing)
        {
            stream.Write(frame);
            return;
        }
        fixed (byte* start = frame)
        {
            var offset = 0;
            while (offset < frame.Length)
            {
                var vector = new IoVector { Base = (nint)(start + offset), Length = (nuint)(frame.Length - offset) };
                var handed = VmSplice(descriptor, &vector, 1, 0);
                if (handed > 0)
                {
                    offset += (int)handed;
                    spliced = true;
                    continue;
                }
                var error = Marshal.GetLastPInvokeError();
                if (handed < 0 && error == Interrupted)
                {
                    continue;
                }
                if (handed < 0 && error == WouldBlock)
                {
                    WaitUntilWritable();
                    continue;
                }
                if (!spliced && handed < 0 && error != BrokenPipe)
                {
                    // Not spliceable here after all (an emulated kernel, say): copy from now on, as anywhere else. Only
                    // before the first splice, so no buffer the pipe still holds is ever taken for free.
                    splicing = false;
                    stream.Write(frame);
                    return;
                }
                throw new IOException($"writing to ffmpeg failed: {Marshal.GetPInvokeErrorMessage(error)}");
            }
        }
    }

    /// <summary>A pipe made non-blocking (.NET does so for async writes) is waited on rather than spun on.</summary>
    private void WaitUntilWritable()
    {
        var poll = new PollDescriptor { Descriptor = descriptor, Events = PollOut };
        while (Poll(&poll, 1, -1) < 0 && Marshal.GetLastPInvokeError() == Interrupted)
        {
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct IoVector
    {
        public nint Base;
        public nuint Length;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct PollDescriptor
    {
        public int Descriptor;
        public short Events;
        public short ReturnedEvents;
    }

    [LibraryImport("libc", EntryPoint = "vmsplice", SetLastError = true)]
    private static partial nint VmSplice(int descriptor, IoVector* vectors, nuint count, uint flags);

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    private static partial int Poll(PollDescriptor* descriptors, nuint count, int timeoutMilliseconds);
}

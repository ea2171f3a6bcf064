using System.Diagnostics;
using System.Runtime.InteropServices;

namespace LegacyPress.Bench;

/// <summary>
/// Wall time and CPU time of this process and of its finished children (ffmpeg), from getrusage(2): the CPU a run
/// takes from the machine, which is what the encoder competes for. Linux only, as the benchmarks are.
/// </summary>
internal readonly record struct CpuClock(TimeSpan Wall, TimeSpan Self, TimeSpan Children)
{
    public TimeSpan Cpu => Self + Children;

    public static CpuClock Now() => new(Monotonic(), Usage(0), Usage(-1));

    // Seconds as a double: timestamp * TicksPerSecond overflows a long once the machine has been up ~15 minutes.
    private static TimeSpan Monotonic() => TimeSpan.FromSeconds((double)Stopwatch.GetTimestamp() / Stopwatch.Frequency);

    public static CpuClock operator -(CpuClock a, CpuClock b) => new(a.Wall - b.Wall, a.Self - b.Self, a.Children - b.Children);

    private static TimeSpan Usage(int who)
    {
        if (getrusage(who, out var usage) != 0)
        {
            throw new InvalidOperationException("getrusage failed");
        }
        return TimeSpan.FromTicks((usage.UserSeconds + usage.SystemSeconds) * TimeSpan.TicksPerSecond + (usage.UserMicros + usage.SystemMicros) * 10);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicros;
        public long SystemSeconds;
        public long SystemMicros;
        // The remaining fields of struct rusage (14 longs), unused here.
        public long F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12, F13, F14;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out RUsage usage);
}

using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace LegacyPress.Render.Encoding;

/// <summary>Which instruction set converts the bulk of each row; all of them give the same bytes.</summary>
internal enum Yuv420Path
{
    Scalar,
    Vector128,
    Avx2,
}

/// <summary>Which paths this machine can run, and the fastest of them.</summary>
internal static class Yuv420Paths
{
    /// <summary>The fastest path this machine runs.</summary>
    public static Yuv420Path Best =>
        Avx2.IsSupported ? Yuv420Path.Avx2 : Vector128.IsHardwareAccelerated ? Yuv420Path.Vector128 : Yuv420Path.Scalar;

    public static bool IsSupported(this Yuv420Path path) => path switch
    {
        Yuv420Path.Scalar => true,
        Yuv420Path.Vector128 => Vector128.IsHardwareAccelerated,
        Yuv420Path.Avx2 => Avx2.IsSupported,
        _ => false,
    };
}

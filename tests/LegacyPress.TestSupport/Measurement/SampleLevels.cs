using LegacyPress.Render.Audio;

namespace LegacyPress.TestSupport.Measurement;

/// <summary>Levels of decoded or mixed samples between two times: what a test hears in a stem or a rendered soundtrack.</summary>
public static class SampleLevels
{
    /// <summary>The level meant by "no sound at all": what <see cref="RmsDb"/> and <see cref="PeakDbfs"/> give for digital silence.</summary>
    public const double SilenceDb = -240;

    /// <summary>RMS level in dBFS of both channels between two times.</summary>
    public static double RmsDb(StereoBuffer buffer, double fromSeconds, double toSeconds)
    {
        var (from, to) = Span(buffer, fromSeconds, toSeconds);
        double sum = 0;
        for (var i = from; i < to; i++)
        {
            sum += (buffer.Left[i] * buffer.Left[i]) + (buffer.Right[i] * buffer.Right[i]);
        }
        return to == from ? SilenceDb : Db(Math.Sqrt(sum / (2.0 * (to - from))));
    }

    /// <summary>The largest sample of either channel between two times, in dBFS.</summary>
    public static double PeakDbfs(StereoBuffer buffer, double fromSeconds, double toSeconds)
    {
        var (from, to) = Span(buffer, fromSeconds, toSeconds);
        double peak = 0;
        for (var i = from; i < to; i++)
        {
            peak = Math.Max(peak, Math.Max(Math.Abs(buffer.Left[i]), Math.Abs(buffer.Right[i])));
        }
        return Db(peak);
    }

    private static double Db(double amplitude) => amplitude > 0 ? 20 * Math.Log10(amplitude) : SilenceDb;

    private static (int From, int To) Span(StereoBuffer buffer, double fromSeconds, double toSeconds)
    {
        var from = Math.Clamp((int)(fromSeconds * StereoBuffer.SampleRate), 0, buffer.Length);
        return (from, Math.Clamp((int)(toSeconds * StereoBuffer.SampleRate), from, buffer.Length));
    }
}

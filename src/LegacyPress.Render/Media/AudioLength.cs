using LegacyPress.Render.Tools;

namespace LegacyPress.Render.Media;

/// <summary>Measures how long an audio file plays: the container's length, as <see cref="MediaProbe"/> reads it.</summary>
public sealed class AudioLength(string ffprobePath = "ffprobe")
{
    private readonly MediaProbe probe = new(ffprobePath);

    /// <summary>The file's length in seconds; throws <see cref="InvalidOperationException"/> with ffprobe's reason when it cannot be read.</summary>
    public async Task<double> MeasureSecondsAsync(string path, CancellationToken ct)
    {
        MediaProbeResult probed;
        try
        {
            probed = await probe.ReadAsync(path, ct).ConfigureAwait(false);
        }
        catch (ExternalToolException e)
        {
            // Callers report an unreadable length as one kind of failure, whichever the cause.
            throw new InvalidOperationException(e.Message, e);
        }
        if (probed.Media?.DurationSeconds is { } seconds and > 0)
        {
            return seconds;
        }
        throw new InvalidOperationException($"cannot read the length of {path}: {probed.Problem ?? "ffprobe reported no duration"}");
    }
}

namespace LegacyPress.Render.Encoding;

/// <summary>
/// One ffmpeg run that joins already encoded pieces by stream copy (the concat demuxer reads them from
/// <see cref="ListPath"/>, written with <see cref="Films.Segments.ConcatList"/>); an optional audio mix is encoded
/// over the whole and cut to <see cref="DurationSeconds"/>, the joined picture's length.
/// </summary>
public sealed record ConcatJob(string ListPath, double DurationSeconds, string OutputPath)
{
    public AudioInput? Audio { get; init; }
}

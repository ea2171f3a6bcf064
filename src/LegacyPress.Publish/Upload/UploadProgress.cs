namespace LegacyPress.Publish.Upload;

/// <summary>How far the upload is, as the server confirmed it, with this run's speed and the time left at that speed.</summary>
public sealed record UploadProgress(long ConfirmedBytes, long TotalBytes, double BytesPerSecond, TimeSpan? Remaining)
{
    public double Fraction => TotalBytes == 0 ? 1 : (double)ConfirmedBytes / TotalBytes;
}

using System.Globalization;
using LegacyPress.Core.Release;
using LegacyPress.Release.Manifest;
using LegacyPress.Release.Running;

namespace LegacyPress.Release.Steps;

/// <summary>
/// <c>manifest.json</c>: every file of the release with its size and SHA-256, media probed and loudness measured.
/// Its input is the release folder's listing (names, sizes, times written), so it is re-measured only when some
/// other step changed a file; unchanged files keep their previous measurement even then.
/// </summary>
public sealed class ManifestStep : IReleaseStep
{
    public const string StepName = "manifest";

    public string Name => StepName;

    public bool AppliesTo(ReleaseContext context) => context.Settings.Versioned;

    public Task<IReadOnlyList<FingerprintInput>> InputsAsync(ReleaseContext context, CancellationToken cancellation)
    {
        var root = context.OutputFolder;
        var listing = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(ReleaseManifestWriter.Lists)
            .Select(f => new FileInfo(f))
            .Select(f => string.Create(CultureInfo.InvariantCulture, $"{Path.GetRelativePath(root, f.FullName)} {f.Length} {f.LastWriteTimeUtc.Ticks}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        return Task.FromResult<IReadOnlyList<FingerprintInput>>([context.Tool, FingerprintInput.Value("files", listing), FingerprintInput.Value("metadata", context.Prepared.Film.Metadata)]);
    }

    public Task<IReadOnlyList<string>> OutputsAsync(ReleaseContext context, CancellationToken cancellation) =>
        Task.FromResult<IReadOnlyList<string>>([context.Output(ReleaseManifest.FileName)]);

    public async Task<StepResult> RunAsync(ReleaseContext context, CancellationToken cancellation)
    {
        var manifest = await ReleaseManifestWriter.WriteAsync(context.OutputFolder, context.Prepared.Film.Metadata, context.Environment.Streams, cancellation).ConfigureAwait(false);
        return new StepResult($"{manifest.Files.Count} files", manifest);
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LegacyPress.Core.Files;
using LegacyPress.Core.Loading;
using LegacyPress.Generation.Images;
using SkiaSharp;

namespace LegacyPress.Generation.Stills;

/// <summary>
/// Every picture a backend made for this project, under <c>.legacypress/generated/</c>, named by the hash of all that
/// decides it: backend, recipe (model, and a ComfyUI workflow's bytes), composed prompt and negative prompt, seed, size and the bytes of each reference still.
/// The same request is never paid for twice; changing any of them makes a new picture. A picture is checked to
/// decode before it is kept, and written under a temporary name and renamed, so a killed run leaves none half-written.
/// </summary>
public sealed class GeneratedStillCache(string directory)
{
    public string Directory { get; } = directory;

    public static GeneratedStillCache ForProject(string projectDirectory) => new(Path.Combine(projectDirectory, ".legacypress", "generated"));

    /// <summary>The hash naming a request's picture.</summary>
    public static string KeyOf(string backend, string recipe, ImageRequest request)
    {
        var references = request.ReferenceFiles.Select(path => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))).ToList();
        var text = JsonSerializer.Serialize(new
        {
            backend,
            model = recipe,
            prompt = request.Prompt,
            negative = request.NegativePrompt,
            seed = request.Seed,
            width = request.WidthPixels,
            height = request.HeightPixels,
            references,
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    /// <summary>The kept picture for <paramref name="key"/>, or null when it was never made.</summary>
    public string? Find(string key) =>
        System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.EnumerateFiles(Directory, key + ".*").FirstOrDefault(p => !Path.GetFileName(p).Contains(TemporaryFiles.Marker, StringComparison.Ordinal))
            : null;

    /// <summary>Keeps a picture the backend sent; returns its path.</summary>
    /// <exception cref="GenerationException">The bytes are not a picture this tool can read.</exception>
    public string Store(string key, ImageOutcome.Picture picture)
    {
        using (var codec = SKCodec.Create(new MemoryStream(picture.Bytes)))
        {
            if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
            {
                throw new GenerationException($"the service sent {picture.Bytes.Length} bytes that are not a picture");
            }
            if (ImageLimits.Problem(codec.Info.Width, codec.Info.Height) is { } tooBig)
            {
                throw new GenerationException($"the service sent a picture too large to use: {tooBig}");
            }
        }
        var path = Path.Combine(Directory, key + picture.Extension);
        OutputFile.WriteAllBytes(path, picture.Bytes);
        return path;
    }
}

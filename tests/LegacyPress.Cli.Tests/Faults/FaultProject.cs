using System.Security.Cryptography;
using LegacyPress.Cli.Tests.Support;

namespace LegacyPress.Cli.Tests.Faults;

/// <summary>A two-shot, two-second film in a scratch folder, for tests of what a write failure leaves behind.</summary>
internal sealed class FaultProject : IDisposable
{
    private readonly TwoShotProject scratch = new("legacypress-faults-", 640, 360);

    public FaultProject() => scratch.WriteFilm(
        output: "fps: 24",
        orange: "duration: 1.5\nprompt: \"an orange field, warm light\"",
        blue: "duration: 1\nprompt: \"a blue sky, warm light\"",
        header: "synopsis: \"An orange field gives way to a blue sky.\"\ncredits:\n  Directed by: [Ada Example]");

    public string Folder => scratch.Folder;

    public string Out => scratch.Out;

    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>Every temporary file (<c>*.partial-*</c>) under <paramref name="folder"/>.</summary>
    public static List<string> Partials(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f).Contains(".partial-", StringComparison.Ordinal)).ToList();

    public void Dispose() => scratch.Dispose();
}

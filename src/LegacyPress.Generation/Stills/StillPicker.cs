using LegacyPress.Core.Editing;
using LegacyPress.Core.Files;
using LegacyPress.Core.Generation;
using LegacyPress.Core.Loading;

namespace LegacyPress.Generation.Stills;

/// <summary>
/// <c>--pick shot=N</c>: the chosen candidate copied into <c>images/&lt;shot id&gt;.&lt;ext&gt;</c>, the shot's <c>image:</c> line
/// in film.yaml set to it (a still made by hand is never overwritten: the pick takes the next free name) (nothing else in the file changes: <see cref="FilmYamlEdit"/>), and its provenance recorded
/// in <c>images/provenance.json</c>. Each file is written whole under a temporary name and renamed; the still goes
/// first, so film.yaml never names a picture that is not there.
/// </summary>
public static class StillPicker
{
    /// <summary>Picks <paramref name="candidate"/> for shot <paramref name="shotId"/>; returns the project-relative image path.</summary>
    public static string Pick(string projectDirectory, string shotId, StillCandidate candidate, string backend, string model, Func<string, string> relativeToProject)
    {
        var image = FreeName(projectDirectory, shotId, Path.GetExtension(candidate.Path).ToLowerInvariant());
        OutputFile.WriteAllBytes(Path.Combine(projectDirectory, image), File.ReadAllBytes(candidate.Path));

        var yamlPath = Path.Combine(projectDirectory, FilmLoader.FileName);
        var text = ProjectText.Read(yamlPath).Text ?? throw new FilmEditException($"{FilmLoader.FileName} is not valid UTF-8; fix it before picking");
        var edited = FilmYamlEdit.SetShotImage(text, shotId, image);
        if (edited != text)
        {
            OutputFile.WriteAllText(yamlPath, edited);
        }

        var request = candidate.Request;
        ProvenanceFile.Record(projectDirectory, new StillProvenance(
            image, shotId, backend, model, request.Prompt, request.NegativePrompt, request.Seed, request.WidthPixels, request.HeightPixels,
            request.ReferenceFiles.Select(relativeToProject).ToList(), new DateTimeOffset(File.GetLastWriteTimeUtc(candidate.Path), TimeSpan.Zero)));
        return image;
    }

    /// <summary>
    /// <c>images/&lt;shot&gt;.png</c>, unless a picture not made here is there already (a still the user drew or bought is
    /// never overwritten): then <c>images/&lt;shot&gt;-2.png</c> and on. An earlier pick is simply replaced.
    /// </summary>
    private static string FreeName(string projectDirectory, string shotId, string extension)
    {
        var generated = ProvenanceFile.Read(projectDirectory);
        for (var n = 1; ; n++)
        {
            var image = n == 1 ? $"images/{shotId}{extension}" : $"images/{shotId}-{n}{extension}";
            if (!File.Exists(Path.Combine(projectDirectory, image)) || generated.ContainsKey(image))
            {
                return image;
            }
        }
    }
}

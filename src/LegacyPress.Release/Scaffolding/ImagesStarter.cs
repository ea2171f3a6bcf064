using LegacyPress.Core.Files;
using LegacyPress.Core.Loading;
using LegacyPress.Core.Scaffolding;
using LegacyPress.Render.Media;

namespace LegacyPress.Release.Scaffolding;

/// <summary>
/// <c>legacypress new --from-images DIR</c>: one shot per still in DIR, in natural name order (<c>2.jpg</c> before
/// <c>10.jpg</c>), each copied into <c>images/</c> with its focus guessed from its pixels, auto motion and
/// <see cref="StarterFilm.ShotSeconds"/> on screen. Files that film.yaml could not use (not a still, not decodable,
/// over the size limits of docs/limits.md) are refused, all of them named at once. Hidden files and folders in DIR are
/// left alone.
/// </summary>
public sealed class ImagesStarter(string imagesFolder, IMediaInspector media) : IProjectStarter
{
    public const string ImagesSubfolder = "images";

    private readonly Lazy<Survey> survey = new(() => Look(imagesFolder, media));

    public string Describe => $"{survey.Value.Stills.Count} shot{(survey.Value.Stills.Count == 1 ? "" : "s")}, one per still in {imagesFolder}";

    public IReadOnlyList<string> Problems() => survey.Value.Problems;

    public void Write(NewProjectFolder project)
    {
        var stills = survey.Value.Stills;
        var ids = ShotIds.ForFiles(stills.Select(Path.GetFileName)!);
        var shots = new List<StarterShot>();
        for (var i = 0; i < stills.Count; i++)
        {
            var name = Path.GetFileName(stills[i]);
            var relative = $"{ImagesSubfolder}/{name}";
            project.CopyFile(stills[i], Path.Combine(ImagesSubfolder, name));
            shots.Add(new StarterShot(ids[i], relative, StillFocusEstimator.Estimate(stills[i])));
        }
        project.WriteFilm(StarterFilm.Yaml(StarterFilm.TitleFor(project.Name), shots));
    }

    private sealed record Survey(IReadOnlyList<string> Stills, IReadOnlyList<string> Problems);

    private static Survey Look(string folder, IMediaInspector media)
    {
        if (FileKinds.Of(folder) != FileKind.Directory)
        {
            return new Survey([], [$"'{folder}' is not a folder of stills"]);
        }
        var stills = new List<string>();
        var problems = new List<string>();
        var files = Directory.EnumerateFiles(folder)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(Comparer<string>.Create((a, b) => NaturalFileOrder.Instance.Compare(Path.GetFileName(a), Path.GetFileName(b))));
        foreach (var file in files)
        {
            var shown = Path.Combine(folder, Path.GetFileName(file));
            if (Refusal(file, media) is { } problem)
            {
                problems.Add($"'{shown}' {problem}");
            }
            else
            {
                stills.Add(file);
            }
        }
        if (stills.Count == 0 && problems.Count == 0)
        {
            problems.Add($"'{folder}' holds no stills ({string.Join(", ", FilmDefaults.ImageExtensions)})");
        }
        return new Survey(stills, problems);
    }

    /// <summary>Why film.yaml could not use this file as a still, in the loader's own terms; null when it can.</summary>
    private static string? Refusal(string file, IMediaInspector media)
    {
        // Before anything opens it: reading a named pipe would wait forever.
        if (ProjectPaths.RegularFileProblem(file) is { } notRegular)
        {
            return notRegular;
        }
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (!FilmDefaults.ImageExtensions.Contains(extension))
        {
            return $"is not a still LegacyPress reads (use {string.Join(", ", FilmDefaults.ImageExtensions)})";
        }
        // The same inspection check runs: it decodes a little to prove the data and applies ImageLimits from the header.
        var info = media.InspectImage(file);
        return info.Ok ? null : $"cannot be used: {info.Problem}";
    }
}

using LegacyPress.Core.Trailer;
using LegacyPress.Release.Preparation;
using LegacyPress.Release.Running;
using LegacyPress.Release.Steps;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Films;

namespace LegacyPress.Release.Farming;

/// <summary>
/// How to make one cut again from the project on shared storage, in plain values a farm job can carry: the project,
/// which cut, the command line's <c>--preset</c> (which changes the whole film), the preset the cut is rendered at
/// and the trailer's length. A worker prepares the film exactly as the coordinator did, so both agree on every
/// piece's fingerprint — or the worker says the project it sees is not the coordinator's.
/// </summary>
/// <param name="ProjectPath">Absolute: the project folder (or its film.yaml) as every machine of the farm sees it.</param>
/// <param name="Cut"><see cref="FilmCutName"/> or <see cref="TrailerCutName"/>.</param>
/// <param name="PresetOverride">The name of the command line's <c>--preset</c>, or null for film.yaml's output.</param>
/// <param name="RenderPreset">The named preset this cut is rendered at, or null for the film's own (the vertical trailer is the other).</param>
/// <param name="TrailerLengthSeconds">The command line's trailer length, if any.</param>
public sealed record CutRecipe(string ProjectPath, string Cut, string? PresetOverride, string? RenderPreset, double? TrailerLengthSeconds)
{
    public const string FilmCutName = "film";

    public const string TrailerCutName = "trailer";

    /// <summary>The cut, prepared from the project as a release would, with the request its pieces are drawn for.</summary>
    /// <exception cref="CutRecipeException">The project does not load, has problems, or the recipe names what it lacks.</exception>
    public async Task<PreparedCut> PrepareAsync(ReleaseEnvironment environment, CancellationToken cancellation)
    {
        var settings = new ReleaseSettings(ProjectPath, Path.GetTempPath())
        {
            Preset = PresetOverride is null ? null : Named(PresetOverride),
            Trailer = new TrailerOptions { LengthSeconds = TrailerLengthSeconds },
        };
        var (prepared, failure, _) = await FilmPreparation.PrepareAsync(settings, environment, cancellation).ConfigureAwait(false);
        if (prepared is null)
        {
            var problems = failure!.Diagnostics.Select(d => d.ToString()).Prepend(failure.Message);
            throw new CutRecipeException($"the project at {ProjectPath} does not prepare here: {string.Join("; ", problems)}");
        }
        try
        {
            var cut = Cut switch
            {
                FilmCutName => prepared.Cut,
                TrailerCutName => (await prepared.TrailerAsync().ConfigureAwait(false)).Cut,
                _ => throw new CutRecipeException($"unknown cut '{Cut}'"),
            };
            var preset = RenderPreset is null ? prepared.Preset : Named(RenderPreset);
            return new PreparedCut(prepared, CutRendering.PieceRequest(cut, preset, Path.GetTempPath()), CutRendering.SegmentsFolder(cut.Film, Cut));
        }
        catch
        {
            prepared.Dispose();
            throw;
        }
    }

    private static RenderPreset Named(string name) =>
        RenderPresets.Find(name) ?? throw new CutRecipeException($"unknown preset '{name}' (this worker knows {string.Join(", ", RenderPresets.Names)})");
}

/// <summary>A cut made from a <see cref="CutRecipe"/>: the prepared film (owned; dispose it), the request its pieces are drawn for, and their folder.</summary>
public sealed record PreparedCut(PreparedFilm Film, RenderRequest Request, string SegmentsDirectory) : IDisposable
{
    public void Dispose() => Film.Dispose();
}

/// <summary>A recipe that cannot be made here: the project does not load or prepare, or names a cut or preset this build lacks.</summary>
public sealed class CutRecipeException(string message) : Exception(message);

using System.Diagnostics;
using LegacyPress.Core.Files;
using LegacyPress.Core.Release;
using LegacyPress.Release.Manifest;
using LegacyPress.Release.Preparation;

namespace LegacyPress.Release.Running;

/// <summary>
/// Runs the release: prepares the film once, walks <see cref="ReleaseSteps.All"/> in order, skips a step whose inputs
/// and outputs are unchanged (when the cache is on), stops at the first failure, and for a versioned release points
/// the artifact folder's top-level entries at it. Returns a typed <see cref="ReleaseReport"/>.
/// </summary>
public sealed class ReleaseRunner(ReleaseEnvironment environment, IReadOnlyList<IReleaseStep>? steps = null)
{
    private readonly IReadOnlyList<IReleaseStep> steps = steps ?? ReleaseSteps.All;

    public async Task<ReleaseReport> RunAsync(ReleaseSettings settings, CancellationToken cancellation)
    {
        var total = Stopwatch.StartNew();
        var artifacts = Path.GetFullPath(settings.OutputDirectory);
        if (Unknown(settings) is { } unknown)
        {
            return new ReleaseReport(artifacts, [], total.Elapsed) { Failure = new ReleaseFailure(unknown, []) };
        }

        PreparedFilm? prepared;
        ReleaseFailure? failure;
        TimeSpan preparing;
        try
        {
            (prepared, failure, preparing) = await FilmPreparation.PrepareAsync(settings, environment, cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (WriteFailure(e) is { } message)
        {
            return new ReleaseReport(artifacts, [], total.Elapsed) { Failure = new ReleaseFailure($"preparing the film: {message}", []) };
        }
        if (prepared is null)
        {
            return new ReleaseReport(artifacts, [], total.Elapsed) { Failure = failure };
        }
        using (prepared)
        {
            // Only now is the film's length known; a range off the film fails before a folder is made or a sound mixed.
            if (settings.Range?.Problem(prepared.Timeline) is { } offTheFilm)
            {
                return new ReleaseReport(artifacts, [], total.Elapsed) { Failure = new ReleaseFailure(offTheFilm, []) };
            }
            var (versioned, outside) = settings.Versioned ? ReleaseManifestWriter.FolderFor(artifacts, prepared.Film.Metadata) : (artifacts, null);
            if (versioned is not { } folder)
            {
                return new ReleaseReport(artifacts, [], total.Elapsed) { Failure = new ReleaseFailure(outside!, []) };
            }
            if (CreateFolder(folder) is { } cannot)
            {
                return new ReleaseReport(folder, [], total.Elapsed) { Failure = new ReleaseFailure(cannot, []) };
            }
            var selected = Selected(settings);
            var context = new ReleaseContext(settings, environment, prepared, folder, selected);
            var summary = new PreparationSummary(prepared.Film.Metadata.Title, prepared.Film.Shots.Count(), prepared.Timeline.RuntimeSeconds, preparing);
            var reports = new List<StepReport>();
            foreach (var step in steps.Where(s => selected.Contains(s.Name) && s.AppliesTo(context)))
            {
                var (report, stepFailure) = await RunStepAsync(step, context, cancellation).ConfigureAwait(false);
                reports.Add(report);
                if (stepFailure is not null)
                {
                    return new ReleaseReport(folder, reports, total.Elapsed) { Failure = stepFailure, Preparation = summary };
                }
            }
            IReadOnlyList<string> links;
            try
            {
                links = settings.Versioned ? ReleaseShortcuts.Link(folder, artifacts) : [];
            }
            catch (Exception e) when (WriteFailure(e) is { } message)
            {
                return new ReleaseReport(folder, reports, total.Elapsed) { Failure = new ReleaseFailure($"linking {environment.Display(artifacts)} to the release: {message}", []), Preparation = summary };
            }
            return new ReleaseReport(folder, reports, total.Elapsed) { Preparation = summary, Links = links };
        }
    }

    private async Task<(StepReport Report, ReleaseFailure? Failure)> RunStepAsync(IReleaseStep step, ReleaseContext context, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var settings = context.Settings;
        try
        {
            var outputs = await step.OutputsAsync(context, cancellation).ConfigureAwait(false);
            var cached = step.Cached && settings.UseStepCache;
            Fingerprint? fingerprint = null;
            IReadOnlyList<string> changed = [];
            if (cached)
            {
                fingerprint = Fingerprint.Of(await step.InputsAsync(context, cancellation).ConfigureAwait(false), context.Prepared.Hashes);
                if (!settings.Force && context.Cache.IsFresh(step.Name, fingerprint, outputs))
                {
                    return (new StepReport(step.Name, StepStatus.UpToDate, clock.Elapsed, "nothing changed", outputs), null);
                }
                changed = settings.Force ? ["forced"] : context.Cache.Changed(step.Name, fingerprint);
            }
            // A folder where an output goes fails only at the final rename; say so before the step's work, not after it.
            if (outputs.FirstOrDefault(Directory.Exists) is { } blocked)
            {
                throw new OutputWriteException(blocked, "a folder is in the way");
            }
            var result = await step.RunAsync(context, cancellation).ConfigureAwait(false);
            var missing = outputs.Where(o => !File.Exists(o)).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException($"step {step.Name} finished without writing {string.Join(", ", missing)}");
            }
            if (fingerprint is not null)
            {
                context.Cache.Record(step.Name, fingerprint, outputs);
            }
            return (new StepReport(step.Name, StepStatus.Built, clock.Elapsed, result.Detail, outputs) { Changed = changed, Value = result.Value, Warnings = result.Warnings }, null);
        }
        catch (ReleaseStepException e)
        {
            var report = new StepReport(step.Name, StepStatus.Failed, clock.Elapsed, e.Message, []);
            return (report, new ReleaseFailure($"{step.Name}: {e.Message}", e.Diagnostics) { TryLater = e.TryLater });
        }
        catch (Exception e) when (WriteFailure(e) is { } message)
        {
            // A full disk, a read-only folder, a folder where a file goes: the user's to fix, and the file is named.
            var report = new StepReport(step.Name, StepStatus.Failed, clock.Elapsed, message, []);
            return (report, new ReleaseFailure($"{step.Name}: {message}", []));
        }
    }

    /// <summary>An I/O failure in words, the file shown as the user sees paths; null for any other exception.</summary>
    private string? WriteFailure(Exception e) => e switch
    {
        OutputWriteException o => o.MessageFor(environment.Display),
        // .NET's own messages name the path ("No space left on device : '/…/x'").
        IOException or UnauthorizedAccessException => e.Message,
        _ => null,
    };

    private string? CreateFolder(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var ancestor = folder;
            while (ancestor is not null && !File.Exists(ancestor))
            {
                ancestor = Path.GetDirectoryName(ancestor);
            }
            var why = ancestor is not null ? $"{environment.Display(ancestor)} is a file, not a folder" : WriteFailures.Reason(e) ?? e.Message;
            return $"cannot make the output folder {environment.Display(folder)}: {why}";
        }
    }

    /// <summary>The steps <c>--only</c> and <c>--from</c> leave in, by name.</summary>
    private IReadOnlySet<string> Selected(ReleaseSettings settings)
    {
        var names = steps.Select(s => s.Name).ToList();
        if (settings.From is { } from)
        {
            names = names.SkipWhile(n => n != from).ToList();
        }
        if (settings.Only is { } only)
        {
            names = names.Where(only.Contains).ToList();
        }
        return names.ToHashSet(StringComparer.Ordinal);
    }

    private string? Unknown(ReleaseSettings settings)
    {
        var names = steps.Select(s => s.Name).ToList();
        var asked = (settings.Only ?? new HashSet<string>()).Concat(settings.From is { } f ? [f] : []);
        var wrong = asked.Where(n => !names.Contains(n)).ToList();
        return wrong.Count == 0 ? null : $"unknown step {string.Join(", ", wrong.Select(w => $"'{w}'"))}; the steps are {string.Join(", ", names)}";
    }
}

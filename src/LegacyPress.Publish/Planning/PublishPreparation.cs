using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;
using LegacyPress.Publish.Ledger;
using LegacyPress.Publish.Settings;
using LegacyPress.Core.Platforms;

namespace LegacyPress.Publish.Planning;

/// <summary>What the user asked for on the command line, on top of film.yaml.</summary>
public sealed record PublishRequest(string FilmPath, string ArtifactsDirectory)
{
    /// <summary>Upload a changed film as a new video even though the ledger already has one.</summary>
    public bool Replace { get; init; }

    /// <summary>Overrides publish.youtube.privacy for this run.</summary>
    public Privacy? Privacy { get; init; }

    public YouTubeLimits Limits { get; init; } = YouTubeLimits.Default;

    /// <summary>The clock <c>publish_at</c> is judged by, read once when the run prepares.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>How messages name files (relative to the working folder when inside it).</summary>
    public Func<string, string> Display { get; init; } = p => p;
}

/// <summary>Either a plan, or every reason there is none: film.yaml problems with file:line, then file and ledger problems.</summary>
public sealed record PreparedPublish(PublishPlan? Plan, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Problems, PublishLedgerFile Ledger)
{
    public bool Ok => Plan is not null;
}

/// <summary>Settings, inputs, ledger and plan, in that order: everything before the first request is sent.</summary>
public static class PublishPreparation
{
    public static PreparedPublish Prepare(Film film, PublishRequest request)
    {
        var ledgerFile = new PublishLedgerFile(film.Project.Directory);
        var (settings, diagnostics) = PublishSettingsReader.Read(film, request.Clock.GetUtcNow(), request.Limits);
        if (settings is null)
        {
            return new PreparedPublish(null, diagnostics, [], ledgerFile);
        }
        if (request.Privacy is { } privacy)
        {
            if (settings.PublishAt is not null && privacy != Privacy.Private)
            {
                return new PreparedPublish(null, [], [$"--privacy {privacy.ToString().ToLowerInvariant()} conflicts with publish.youtube.publish_at: a scheduled video stays private until it goes live"], ledgerFile);
            }
            settings = settings with { Privacy = privacy };
        }
        var (inputs, problems) = PublishInputsReader.Read(film, settings, request.FilmPath, request.ArtifactsDirectory, request.Limits, request.Display);
        if (inputs is null)
        {
            return new PreparedPublish(null, [], problems, ledgerFile);
        }
        PublishLedger ledger;
        try
        {
            ledger = ledgerFile.Load();
        }
        catch (PublishException e)
        {
            return new PreparedPublish(null, [], [e.Message], ledgerFile);
        }
        var (plan, refusal) = PublishPlanner.Plan(inputs, ledger.For(YouTubePublisher.Platform), request.Replace);
        return new PreparedPublish(plan, [], refusal is null ? [] : [refusal], ledgerFile);
    }
}

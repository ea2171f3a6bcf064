using LegacyPress.Core.Instrumentation;
using LegacyPress.Generation.Stills;
using Spectre.Console;

namespace LegacyPress.Cli;

/// <summary>
/// Shows a generate run: on a terminal a Spectre bar for the whole run (shot, candidate, ETA); in logs and CI one plain
/// line per candidate on stderr (a picture can take a minute, so every one is news); nothing with --quiet or --json.
/// </summary>
internal sealed class GenerationDisplay(CliConsole console, bool silent)
{
    public async Task<T> RunAsync<T>(Func<IProgress<GenerationStep>?, Task<T>> run)
    {
        if (silent)
        {
            return await run(null);
        }
        if (!console.AnsiError.Profile.Capabilities.Interactive)
        {
            return await run(new InlineProgress<GenerationStep>(step =>
            {
                if (step.Fraction >= 1)
                {
                    console.Error.WriteLine($"generate: shot {step.Shot}/{step.Shots} '{step.ShotId}', candidate {step.Candidate}/{step.Candidates}{(step.FromCache ? " (cached)" : "")}");
                }
            }));
        }
        T result = default!;
        await console.AnsiError.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("generating", maxValue: 1);
                result = await run(new InlineProgress<GenerationStep>(step =>
                {
                    task.Value = step.RunFraction;
                    task.Description = Markup.Escape($"{step.ShotId} ({step.Shot}/{step.Shots})  candidate {step.Candidate}/{step.Candidates}{(step.FromCache ? " cached" : "")}");
                }));
                task.Value = 1;
            });
        return result;
    }
}

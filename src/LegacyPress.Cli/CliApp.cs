using LegacyPress.Publish;
using System.CommandLine;
using LegacyPress.Cli.Commands;
using LegacyPress.Farm;
using LegacyPress.Core.Files;
using LegacyPress.Release;
using LegacyPress.Render.Audio.Speech;

namespace LegacyPress.Cli;

/// <summary>The <c>legacypress</c> command: wires the subcommands, runs one, and turns failures into messages.</summary>
public static class CliApp
{
    public static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand("LegacyPress: from a finished storyboard to a published premiere.");
        root.Subcommands.Add(NewCommand.Create(console));
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(PlanCommand.Create(console));
        root.Subcommands.Add(GenerateCommand.Create(console));
        root.Subcommands.Add(RenderCommand.Create(console));
        root.Subcommands.Add(StillCommand.Create(console, FrameDrawers.Film));
        root.Subcommands.Add(StoryboardCommand.Create(console, FrameDrawers.Film));
        root.Subcommands.Add(LookCommand.Create(console));
        root.Subcommands.Add(MixCommand.Create(console));
        root.Subcommands.Add(TimelineCommand.Create(console));
        root.Subcommands.Add(AuthCommand.Create(console));
        root.Subcommands.Add(PublishCommand.Create(console));
        root.Subcommands.Add(PressKitCommand.Create(console));
        root.Subcommands.Add(PromoCommand.Create(console));
        root.Subcommands.Add(TrailerCommand.Create(console));
        root.Subcommands.Add(ReleaseCommand.Create(console));
        root.Subcommands.Add(FarmCommand.Create(console));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        var console = new CliConsole(stdout, stderr);
        var root = Build(console);
        var configuration = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            EnableDefaultExceptionHandler = false,
            // Ctrl+C cancels the action's token (2.0.0 leaves this off); a render then stops ffmpeg and deletes its partial file.
            ProcessTerminationTimeout = TimeSpan.FromSeconds(10),
        };
        try
        {
            var parse = root.Parse(args);
            // One switch for every command: with --json, failures reach stdout as JSON too (docs/json.md).
            console.Json = parse.CommandResult.Command.Options.FirstOrDefault(o => o.Name == "--json") is Option<bool> json && parse.GetValue(json);
            return await parse.InvokeAsync(configuration, cancellation);
        }
        catch (UserFacingException e)
        {
            console.Fail(e.Message);
            return ExitCodes.Failed;
        }
        catch (FarmException e)
        {
            // No or a bad connection string, or the farm's database unreachable: the user's to fix, named by host only.
            console.Fail(e.Message);
            return ExitCodes.Failed;
        }
        catch (PublishException e)
        {
            console.Fail(e.Message);
            return e.Kind == PublishFailureKind.TryLater ? ExitCodes.TryLater : ExitCodes.Failed;
        }
        catch (OperationCanceledException)
        {
            console.Fail("cancelled");
            return ExitCodes.Cancelled;
        }
        catch (SpeechSynthesisException e)
        {
            // Raised before any line is spoken, by the speech settings of the environment (a bad ElevenLabs URL): the user's to fix.
            console.Fail(e.Message);
            return ExitCodes.Failed;
        }
        catch (OutputWriteException e)
        {
            // A full disk or a read-only folder is the user's to fix: the file and the reason, no stack trace.
            console.Fail(e.MessageFor(ProjectOpener.DisplayPath));
            return ExitCodes.Failed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // .NET's message names the path.
            console.Fail(e.Message);
            return ExitCodes.Failed;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("LEGACYPRESS_DEBUG") is null)
        {
            // Users get one readable line; developers set LEGACYPRESS_DEBUG=1 for the stack trace.
            console.Fail($"internal error: {e.Message} (set LEGACYPRESS_DEBUG=1 for details)");
            return ExitCodes.InternalError;
        }
    }
}

using System.Reflection;
using LegacyPress.Core.Files;
using LegacyPress.Render.Audio.Speech;
using LegacyPress.Render.Films;

namespace LegacyPress.Release.Running;

/// <summary>
/// The edges a run is wired to: how film frames are drawn, where the bundled templates are, where progress goes, which ElevenLabs,
/// how paths are shown in messages, and what the files LegacyPress writes itself are written through.
/// </summary>
public sealed record ReleaseEnvironment(FrameDrawerFactory Drawers, string TemplatesDirectory, IReleaseObserver Observer)
{
    /// <summary>Turns an absolute path into what messages show (relative to the working folder when inside it).</summary>
    public Func<string, string> Display { get; init; } = p => p;

    /// <summary>Opens every file the run's own writers make (PDFs, promo images, JSON, captions, pictures, the mix's sum).</summary>
    public OutputStreamFactory Streams { get; init; } = OutputFile.OnDisk;

    /// <summary>What "now" is when the project is checked (a scheduled <c>publish_at</c> must lie ahead of it).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// How ElevenLabs (voices and generated sound effects) is reached: key, server, retries. Null, as on the command
    /// line, reads <c>ELEVENLABS_API_KEY</c> and <c>LEGACYPRESS_ELEVENLABS_BASE_URL</c> from the environment.
    /// </summary>
    public ElevenLabsOptions? ElevenLabs { get; init; }

    /// <summary>Where the film's and trailer's pieces are encoded: null on this machine, else a render farm (<c>--farm</c>).</summary>
    public Farming.IRemotePieces? RemotePieces { get; init; }

    /// <summary>This build of LegacyPress, an input of every step: a new build may draw or encode differently.</summary>
    public string ToolVersion { get; init; } = CurrentToolVersion;

    public static string CurrentToolVersion { get; } =
        typeof(ReleaseEnvironment).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "dev";
}

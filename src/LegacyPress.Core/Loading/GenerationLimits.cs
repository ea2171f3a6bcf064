namespace LegacyPress.Core.Loading;

/// <summary>Bounds on the prompt bible and the generate section, so a hostile project is a located message, not a runaway bill. Documented in docs/limits.md.</summary>
public static class GenerationLimits
{
    /// <summary>Characters, and separately places, in one bible.</summary>
    public const int MaxEntries = 200;

    /// <summary>Reference stills per character or place (OpenAI's edits take at most 16 images for a whole request).</summary>
    public const int MaxReferencesPerEntry = 4;

    /// <summary>Characters named by one shot.</summary>
    public const int MaxCharactersPerShot = 8;

    /// <summary>
    /// A composed prompt's length: OpenAI's dall-e-3 and many ComfyUI text encoders stop being useful well before this
    /// (CLIP reads 77 tokens at a time); longer is a sign of a runaway template, and services refuse past 10 000.
    /// </summary>
    public const int MaxPromptCharacters = 4000;

    /// <summary>The largest seed: Stability's limit (2³² − 2); ComfyUI and the rest take any value up to it.</summary>
    public const long MaxSeed = 4_294_967_294;
}

namespace LegacyPress.Generation.Images;

/// <summary>The image backends by the name film.yaml uses: the one place a backend is registered.</summary>
public static class ImageBackends
{
    public static IReadOnlyList<string> Known { get; } = ["comfyui", "openai", "stability"];
}

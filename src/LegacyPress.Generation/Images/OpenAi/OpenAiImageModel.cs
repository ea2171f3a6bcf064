namespace LegacyPress.Generation.Images.OpenAi;

/// <summary>
/// What an OpenAI image model takes: the GPT image models (gpt-image-1 and its kin) make three shapes, answer in
/// base64 always (and refuse <c>response_format</c>) and edit from references; DALL·E 3 makes three other shapes and
/// edits nothing; DALL·E 2 makes squares. Both DALL·E models must be asked for base64.
/// </summary>
internal sealed record OpenAiImageModel(string Name)
{
    private static readonly (int Width, int Height)[] GptImageSizes = [(1024, 1024), (1536, 1024), (1024, 1536)];
    private static readonly (int Width, int Height)[] DallE3Sizes = [(1024, 1024), (1792, 1024), (1024, 1792)];
    private static readonly (int Width, int Height)[] DallE2Sizes = [(1024, 1024)];

    public bool IsDallE => Name.StartsWith("dall-e", StringComparison.OrdinalIgnoreCase);

    public bool TakesReferences => !Name.Equals("dall-e-3", StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<(int Width, int Height)> Sizes =>
        Name.Equals("dall-e-3", StringComparison.OrdinalIgnoreCase) ? DallE3Sizes
        : Name.Equals("dall-e-2", StringComparison.OrdinalIgnoreCase) ? DallE2Sizes
        : GptImageSizes;

    /// <summary>
    /// The size to ask for: the supported one nearest the request's shape. The still is then fitted to the frame by the
    /// renderer like any other, so a 16:9 shot made at 1536×1024 loses a band top and bottom, not sharpness in the middle.
    /// </summary>
    public (int Width, int Height) NearestSize(int width, int height) => NearestAspect.Of(Sizes, s => s, width, height);
}

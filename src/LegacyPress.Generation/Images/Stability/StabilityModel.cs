namespace LegacyPress.Generation.Images.Stability;

/// <summary>
/// Which Stable Image endpoint a model name means: <c>core</c> and <c>ultra</c> are endpoints of their own; <c>sd3</c>
/// is the SD3 endpoint with the service's default model, and an SD3 model name (<c>sd3.5-large</c>…) is that endpoint
/// with its <c>model</c> field set.
/// </summary>
internal sealed record StabilityModel(string Name, string Endpoint, string? ModelField)
{
    public const string Default = "core";

    private static readonly string[] Sd3Models = ["sd3.5-large", "sd3.5-large-turbo", "sd3.5-medium", "sd3.5-flash", "sd3-large", "sd3-large-turbo", "sd3-medium"];

    /// <exception cref="GenerationException">The name is none of Stability's image models.</exception>
    public static StabilityModel Parse(string? name) => (name ?? Default) switch
    {
        "core" => new("core", "core", null),
        "ultra" => new("ultra", "ultra", null),
        "sd3" => new("sd3", "sd3", null),
        var sd3 when Sd3Models.Contains(sd3, StringComparer.Ordinal) => new(sd3, "sd3", sd3),
        var other => throw new GenerationException($"Stability has no image model '{other}'; use core, ultra, sd3 or one of {string.Join(", ", Sd3Models)}"),
    };

    /// <summary>Whether the endpoint starts from an image (<c>image</c> and <c>strength</c>): SD3 and Ultra do, Core does not.</summary>
    public bool TakesReference => Endpoint is "sd3" or "ultra";

    // Stability documents the turbo models as ignoring a negative prompt; sending one only invites a refusal.
    public bool TakesNegativePrompt => ModelField?.Contains("turbo", StringComparison.Ordinal) != true;

    public string Path => $"v2beta/stable-image/generate/{Endpoint}";
}

namespace LegacyPress.Core.Loading;

/// <summary>How strict loading is about files a later step makes.</summary>
/// <param name="ImagesMayBeMissing">
/// A still that a shot can generate (it has a prompt, characters or a place) may not exist yet: for
/// <c>legacypress generate</c> and <c>plan --prompts</c>, which run before the stills do. Every other command needs them.
/// </param>
public sealed record FilmLoadOptions(bool ImagesMayBeMissing = false)
{
    public static FilmLoadOptions Default { get; } = new();
}

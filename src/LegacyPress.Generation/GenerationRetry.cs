namespace LegacyPress.Generation;

/// <summary>Placeholder: the shared Polly pipeline for image and sound services (429, 5xx, timeouts) is built by the backends' work.</summary>
internal static class GenerationRetry
{
}

using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;

namespace LegacyPress.Core.Loading;

/// <summary>Reads <c>generate: { backend, model, workflow, endpoint, candidates }</c>; absent means the project does not generate.</summary>
internal static class GenerateSectionReader
{
    public static GenerateSettings? Read(MappingReader? map, ProjectFiles files)
    {
        if (map is null)
        {
            return null;
        }
        var backend = map.Text("backend");
        if (backend is null)
        {
            map.ErrorHere($"missing required field 'backend' (one of {string.Join(", ", GenerateSettings.Backends)})");
        }
        else if (!GenerateSettings.Backends.Contains(backend))
        {
            map.Error("backend", $"unknown backend '{backend}'{DidYouMean.Hint(backend, GenerateSettings.Backends)} (known: {string.Join(", ", GenerateSettings.Backends)})");
            backend = null;
        }
        var model = map.Text("model") is { } m && !string.IsNullOrWhiteSpace(m) ? m.Trim() : null;
        var workflow = map.Text("workflow");
        if (workflow is not null)
        {
            if (backend is not null and not "comfyui")
            {
                map.Error("workflow", $"'workflow' is a ComfyUI workflow; backend '{backend}' takes none");
            }
            files.Existing(map, "workflow", workflow, [".json"], "workflow");
        }
        var endpoint = ReadEndpoint(map);
        var candidates = map.NumberInRange("candidates", 1, GenerateSettings.MaxCandidates) is { } n ? (int)n : GenerateSettings.DefaultCandidates;
        if (map.Number("candidates") is { } written && written != Math.Floor(written))
        {
            map.Error("candidates", $"'candidates' must be a whole number, got {MappingReader.Format(written)}");
        }
        var settings = new GenerateSettings(backend ?? GenerateSettings.Backends[0], model, workflow, endpoint, candidates, map.Location);
        map.Finish();
        return settings;
    }

    private static Uri? ReadEndpoint(MappingReader map)
    {
        var text = map.Text("endpoint");
        if (text is null)
        {
            return null;
        }
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            map.Error("endpoint", $"'endpoint' must be an http:// or https:// address, got '{text}'");
            return null;
        }
        // An address with a password in it would land in logs and in git; keys belong in the environment.
        if (uri.UserInfo.Length > 0)
        {
            map.Error("endpoint", "'endpoint' must not carry a user name or password; put keys in the environment (docs/generate.md)");
            return null;
        }
        return uri;
    }
}

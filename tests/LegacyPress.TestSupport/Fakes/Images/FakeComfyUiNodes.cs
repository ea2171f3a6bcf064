using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LegacyPress.TestSupport.Fakes.Images;

/// <summary>
/// The nodes the fake ComfyUI has installed, with their required inputs and output types, and ComfyUI's own checks of
/// a prompt against them (execution.validate_prompt): an unknown class_type is an <c>invalid_prompt</c>; a missing
/// required input, a link of the wrong type, a number out of range, a value not in a list, an image never uploaded
/// are node errors, reported per node with the outputs that depend on it.
/// </summary>
internal static class FakeComfyUiNodes
{
    public static readonly string[] Checkpoints = ["sd_xl_base_1.0.safetensors", "dreamshaper_8.safetensors", "v1-5-pruned-emaonly.safetensors"];

    private static readonly string[] Samplers = ["euler", "euler_ancestral", "heun", "dpm_2", "dpmpp_2m", "dpmpp_2m_sde", "dpmpp_sde", "ddim", "uni_pc"];
    private static readonly string[] Schedulers = ["normal", "karras", "exponential", "sgm_uniform", "simple", "ddim_uniform", "beta"];
    private static readonly string[] UpscaleMethods = ["nearest-exact", "bilinear", "area", "bicubic", "lanczos"];

    /// <summary>One required input: a link of a type (MODEL, CONDITIONING…), or a value (INT, FLOAT, STRING, a list).</summary>
    private sealed record Input(string Name, string Type, double Min = double.MinValue, double Max = double.MaxValue, string[]? Choices = null);

    private sealed record NodeClass(Input[] Inputs, string[] Outputs, bool IsOutput = false);

    private static readonly Dictionary<string, NodeClass> Classes = new(StringComparer.Ordinal)
    {
        ["CheckpointLoaderSimple"] = new([new("ckpt_name", "COMBO", Choices: Checkpoints)], ["MODEL", "CLIP", "VAE"]),
        ["CLIPTextEncode"] = new([new("text", "STRING"), new("clip", "CLIP")], ["CONDITIONING"]),
        ["ConditioningCombine"] = new([new("conditioning_1", "CONDITIONING"), new("conditioning_2", "CONDITIONING")], ["CONDITIONING"]),
        ["EmptyLatentImage"] = new([new("width", "INT", 16, 16384), new("height", "INT", 16, 16384), new("batch_size", "INT", 1, 4096)], ["LATENT"]),
        ["KSampler"] = new(
            [
                new("model", "MODEL"), new("seed", "INT", 0, 18446744073709551615d), new("steps", "INT", 1, 10000), new("cfg", "FLOAT", 0, 100),
                new("sampler_name", "COMBO", Choices: Samplers), new("scheduler", "COMBO", Choices: Schedulers),
                new("positive", "CONDITIONING"), new("negative", "CONDITIONING"), new("latent_image", "LATENT"), new("denoise", "FLOAT", 0, 1),
            ],
            ["LATENT"]),
        ["VAEDecode"] = new([new("samples", "LATENT"), new("vae", "VAE")], ["IMAGE"]),
        ["VAEEncode"] = new([new("pixels", "IMAGE"), new("vae", "VAE")], ["LATENT"]),
        ["LoadImage"] = new([new("image", "UPLOAD")], ["IMAGE", "MASK"]),
        ["ImageScale"] = new(
            [new("upscale_method", "COMBO", Choices: UpscaleMethods), new("width", "INT", 0, 16384), new("height", "INT", 0, 16384), new("crop", "COMBO", Choices: ["disabled", "center"]), new("image", "IMAGE")],
            ["IMAGE"]),
        ["SaveImage"] = new([new("images", "IMAGE"), new("filename_prefix", "STRING")], [], IsOutput: true),
        ["PreviewImage"] = new([new("images", "IMAGE")], [], IsOutput: true),
    };

    private static readonly HashSet<string> LinkTypes = ["MODEL", "CLIP", "VAE", "CONDITIONING", "LATENT", "IMAGE", "MASK"];

    /// <summary>ComfyUI's 400 body for a prompt it refuses, or null when it would queue it.</summary>
    /// <param name="uploaded">Whether a LoadImage value names a file in the input folder.</param>
    public static JsonObject? Validate(JsonObject prompt, Func<string, bool> uploaded)
    {
        var outputs = new List<string>();
        foreach (var (id, node) in prompt)
        {
            if (node?["class_type"] is not JsonValue classType)
            {
                return Refusal(Error("invalid_prompt", "Cannot execute because a node is missing the class_type property.", $"Node ID '#{id}'"), []);
            }
            if (!Classes.TryGetValue((string)classType!, out var nodeClass))
            {
                return Refusal(Error("invalid_prompt", $"Cannot execute because node {(string)classType!} does not exist.", $"Node ID '#{id}'"), []);
            }
            if (nodeClass.IsOutput)
            {
                outputs.Add(id);
            }
        }
        if (outputs.Count == 0)
        {
            return Refusal(Error("prompt_no_outputs", "Prompt has no outputs", ""), []);
        }
        var nodeErrors = new JsonObject();
        var dependents = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var problems = new Dictionary<string, List<JsonObject>>(StringComparer.Ordinal);
        foreach (var output in outputs)
        {
            // Like ComfyUI, only what an output needs is checked, and each node's errors name the outputs that need it.
            var pending = new Stack<string>([output]);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (pending.TryPop(out var id))
            {
                if (!seen.Add(id) || !prompt.ContainsKey(id))
                {
                    continue;
                }
                if (!problems.ContainsKey(id))
                {
                    problems[id] = CheckNode(prompt, id, uploaded);
                }
                (dependents.TryGetValue(id, out var set) ? set : dependents[id] = new SortedSet<string>(StringComparer.Ordinal)).Add(output);
                foreach (var linked in Links(prompt, id))
                {
                    pending.Push(linked);
                }
            }
        }
        foreach (var (id, errors) in problems.Where(p => p.Value.Count > 0))
        {
            nodeErrors[id] = new JsonObject
            {
                ["errors"] = new JsonArray(errors.Select(e => (JsonNode)e).ToArray()),
                ["dependent_outputs"] = new JsonArray(dependents[id].Select(o => (JsonNode)JsonValue.Create(o)).ToArray()),
                ["class_type"] = (string)prompt[id]!["class_type"]!,
            };
        }
        return nodeErrors.Count == 0 ? null : Refusal(Error("prompt_outputs_failed_validation", "Prompt outputs failed validation", ""), nodeErrors);
    }

    /// <summary>The steps a KSampler node runs (for the progress it reports).</summary>
    public static int StepsOf(JsonObject prompt, string id) => (int)(double)prompt[id]!["inputs"]!["steps"]!;

    private static List<JsonObject> CheckNode(JsonObject prompt, string id, Func<string, bool> uploaded)
    {
        var errors = new List<JsonObject>();
        var nodeClass = Classes[(string)prompt[id]!["class_type"]!];
        var inputs = prompt[id]!["inputs"] as JsonObject ?? [];
        foreach (var input in nodeClass.Inputs)
        {
            var value = inputs[input.Name];
            if (!inputs.ContainsKey(input.Name))
            {
                errors.Add(Error("required_input_missing", "Required input is missing", input.Name, input.Name));
                continue;
            }
            if (value is JsonArray link)
            {
                if (link.Count != 2 || link[0] is not JsonValue source || link[1] is not JsonValue slot)
                {
                    errors.Add(Error("bad_linked_input", "Bad linked input, must be a length-2 list of [node_id, slot_index]", input.Name, input.Name));
                    continue;
                }
                var sourceId = source.ToString();
                if (prompt[sourceId]?["class_type"] is not JsonValue sourceClass || !Classes.TryGetValue((string)sourceClass!, out var sourceNode))
                {
                    errors.Add(Error("bad_linked_input", "Bad linked input, must be a length-2 list of [node_id, slot_index]", $"{input.Name}: node '{sourceId}' does not exist", input.Name));
                    continue;
                }
                var index = (int)(double)slot;
                var received = index >= 0 && index < sourceNode.Outputs.Length ? sourceNode.Outputs[index] : "NONE";
                if (received != input.Type)
                {
                    errors.Add(Error("return_type_mismatch", "Return type mismatch between linked nodes", $"{input.Name}, received_type({received}) mismatch input_type({input.Type})", input.Name));
                    continue;
                }
                continue;
            }
            if (LinkTypes.Contains(input.Type))
            {
                errors.Add(Error("return_type_mismatch", "Return type mismatch between linked nodes", $"{input.Name}, received_type(value) mismatch input_type({input.Type})", input.Name));
                continue;
            }
            if (Problem(input, value, uploaded) is { } problem)
            {
                errors.Add(problem);
            }
        }
        return errors;
    }

    private static JsonObject? Problem(Input input, JsonNode? value, Func<string, bool> uploaded)
    {
        var kind = value?.GetValueKind();
        switch (input.Type)
        {
            case "INT" or "FLOAT":
                if (kind != JsonValueKind.Number)
                {
                    return Error("invalid_input_type", $"Failed to convert an input value to a {input.Type} value", $"{input.Name}, {value?.ToJsonString()}", input.Name);
                }
                var number = (double)value!;
                if (input.Type == "INT" && number != Math.Floor(number))
                {
                    return Error("invalid_input_type", "Failed to convert an input value to a INT value", $"{input.Name}, {value!.ToJsonString()}", input.Name);
                }
                if (number < input.Min)
                {
                    return Error("value_smaller_than_min", $"Value {Show(number)} smaller than min of {Show(input.Min)}", input.Name, input.Name);
                }
                if (number > input.Max)
                {
                    return Error("value_bigger_than_max", $"Value {Show(number)} bigger than max of {Show(input.Max)}", input.Name, input.Name);
                }
                return null;
            case "STRING":
                return kind == JsonValueKind.String ? null : Error("invalid_input_type", "Failed to convert an input value to a STRING value", $"{input.Name}, {value?.ToJsonString()}", input.Name);
            case "COMBO":
                var text = kind == JsonValueKind.String ? (string)value! : value?.ToJsonString();
                return input.Choices!.Contains(text)
                    ? null
                    : Error("value_not_in_list", "Value not in list", $"{input.Name}: '{text}' not in [{string.Join(", ", input.Choices!.Select(c => $"'{c}'"))}]", input.Name);
            case "UPLOAD":
                var name = kind == JsonValueKind.String ? (string)value! : "";
                return uploaded(name) ? null : Error("custom_validation_failed", "Custom validation failed for node", $"{input.Name} - Invalid image file: {name}", input.Name);
            default:
                return null;
        }
    }

    private static IEnumerable<string> Links(JsonObject prompt, string id) =>
        (prompt[id]?["inputs"] as JsonObject ?? []).Select(i => i.Value).OfType<JsonArray>().Where(l => l.Count == 2 && l[0] is JsonValue).Select(l => l[0]!.ToString());

    private static string Show(double number) => number.ToString("0.###", CultureInfo.InvariantCulture);

    private static JsonObject Error(string type, string message, string details, string? inputName = null) => new()
    {
        ["type"] = type,
        ["message"] = message,
        ["details"] = details,
        ["extra_info"] = inputName is null ? new JsonObject() : new JsonObject { ["input_name"] = inputName },
    };

    private static JsonObject Refusal(JsonObject error, JsonObject nodeErrors) => new() { ["error"] = error, ["node_errors"] = nodeErrors };
}

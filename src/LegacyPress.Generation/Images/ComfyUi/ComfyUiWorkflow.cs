using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LegacyPress.Generation.Images.ComfyUi;

/// <summary>
/// A ComfyUI workflow in API format (<c>{"id": {"class_type", "inputs"}}</c>) and how a request is put into it. Nodes
/// are found by what they are and how they are linked, never by their ids, so a project's own workflow works as the
/// shipped templates do: the prompt goes into each CLIPTextEncode that feeds a KSampler's <c>positive</c> input, the
/// negative prompt into each that feeds its <c>negative</c>, the seed into every KSampler, the size into every
/// EmptyLatentImage (and ImageScale, which sizes an img2img reference), the checkpoint into every
/// CheckpointLoaderSimple, and the uploaded references into the LoadImage nodes in id order.
/// </summary>
internal sealed class ComfyUiWorkflow
{
    private const int MaxConditioningDepth = 12;

    private readonly JsonObject graph;
    private readonly IReadOnlyList<string> positiveEncoders;
    private readonly IReadOnlyList<string> negativeEncoders;

    private ComfyUiWorkflow(string source, JsonObject graph)
    {
        Source = source;
        this.graph = graph;
        Require("KSampler", "the sampler the seed goes into");
        Require("CheckpointLoaderSimple", "the checkpoint that names the model");
        Require("SaveImage", "the picture to fetch");
        if (!OfType("EmptyLatentImage").Any() && !OfType("LoadImage").Any())
        {
            throw Problem("has neither an EmptyLatentImage node (for the picture's size) nor a LoadImage node (for a reference still)");
        }
        (positiveEncoders, negativeEncoders) = FindEncoders();
        Checkpoint = TextInput(OfType("CheckpointLoaderSimple").First(), "ckpt_name");
    }

    /// <summary>The file the workflow came from, for messages.</summary>
    public string Source { get; }

    /// <summary>The checkpoint the workflow names (its first CheckpointLoaderSimple's <c>ckpt_name</c>).</summary>
    public string Checkpoint { get; }

    /// <summary>How many reference stills the workflow loads: its LoadImage nodes.</summary>
    public int ReferenceSlots => OfType("LoadImage").Count();

    /// <exception cref="GenerationException">The file cannot be read, is not an API-format workflow, or lacks a node a request needs.</exception>
    public static ComfyUiWorkflow Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GenerationException($"the ComfyUI workflow {path} cannot be read: {e.Message}", e);
        }
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            throw new GenerationException($"the ComfyUI workflow {path} is not valid JSON: {e.Message}", e);
        }
        if (root is JsonObject ui && ui.ContainsKey("nodes") && ui.ContainsKey("links"))
        {
            throw new GenerationException($"the ComfyUI workflow {path} is in the editor's format; save it with \"Export (API)\" (or \"Save (API Format)\") and use that file");
        }
        if (root is not JsonObject graph || graph.Count == 0)
        {
            throw new GenerationException($"the ComfyUI workflow {path} is not an API-format workflow (an object of nodes, each with class_type and inputs)");
        }
        foreach (var (id, node) in graph)
        {
            if (node is not JsonObject n || n["class_type"] is not JsonValue || n["inputs"] is not JsonObject)
            {
                throw new GenerationException($"the ComfyUI workflow {path} has a node '{id}' without class_type and inputs; is it an API-format workflow?");
            }
        }
        return new ComfyUiWorkflow(path, graph);
    }

    /// <summary>A copy of the workflow with the request put in, ready for <c>POST /prompt</c>.</summary>
    /// <param name="checkpoint">The checkpoint to use instead of the workflow's, or null to keep it.</param>
    /// <param name="references">The names ComfyUI gave the uploaded reference stills, one per LoadImage node.</param>
    public JsonObject Fill(ImageRequest request, string? checkpoint, IReadOnlyList<string> references)
    {
        if (references.Count != ReferenceSlots)
        {
            throw new InvalidOperationException($"{ReferenceSlots} references expected, {references.Count} given");
        }
        var filled = (JsonObject)graph.DeepClone();
        foreach (var id in positiveEncoders)
        {
            Inputs(filled, id)["text"] = request.Prompt;
        }
        foreach (var id in negativeEncoders)
        {
            Inputs(filled, id)["text"] = request.NegativePrompt;
        }
        foreach (var id in OfType("KSampler"))
        {
            // ComfyUI's seeds are unsigned 64-bit; a negative seed keeps its bits, so every seed is still its own picture.
            Inputs(filled, id)["seed"] = unchecked((ulong)request.Seed);
        }
        foreach (var id in OfType("EmptyLatentImage").Concat(OfType("ImageScale")))
        {
            Inputs(filled, id)["width"] = request.WidthPixels;
            Inputs(filled, id)["height"] = request.HeightPixels;
        }
        if (checkpoint is not null)
        {
            foreach (var id in OfType("CheckpointLoaderSimple"))
            {
                Inputs(filled, id)["ckpt_name"] = checkpoint;
            }
        }
        foreach (var (id, name) in OfType("LoadImage").Zip(references))
        {
            Inputs(filled, id)["image"] = name;
        }
        return filled;
    }

    /// <summary>
    /// Why this workflow cannot make <paramref name="request"/>, or null when it can. References beyond its LoadImage
    /// nodes are not sent: the workflow decides how many it uses (the first ones, in film.yaml's order).
    /// </summary>
    public string? Mismatch(ImageRequest request) => (ReferenceSlots, request.ReferenceFiles.Count) switch
    {
        (0, > 0) => $"the ComfyUI workflow {Source} has no LoadImage node, so it cannot use shot '{request.ShotId}''s reference stills; use a workflow that loads one, or remove the shot's references",
        (var slots, var given) when given < slots => $"the ComfyUI workflow {Source} loads {slots} reference stills (LoadImage nodes) but shot '{request.ShotId}' has {given}",
        _ => null,
    };

    /// <summary>Node ids of a class, in id order (numerically where the ids are numbers, as ComfyUI's editor makes them).</summary>
    private IEnumerable<string> OfType(string classType) =>
        graph.Where(n => (string?)n.Value!["class_type"] == classType).Select(n => n.Key).OrderBy(NodeOrder).ThenBy(id => id, StringComparer.Ordinal);

    private void Require(string classType, string why)
    {
        if (!OfType(classType).Any())
        {
            throw Problem($"has no {classType} node ({why})");
        }
    }

    private GenerationException Problem(string what) => new($"the ComfyUI workflow {Source} {what}");

    private string TextInput(string id, string input) =>
        Inputs(graph, id)[input] is JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : throw Problem($"node {id} ({ClassOf(id)}) has no text '{input}' input");

    private (IReadOnlyList<string> Positive, IReadOnlyList<string> Negative) FindEncoders()
    {
        var positive = new List<string>();
        var negative = new List<string>();
        foreach (var sampler in OfType("KSampler"))
        {
            var found = EncodersFeeding(sampler, "positive", "positive", 0).ToList();
            if (found.Count == 0)
            {
                throw Problem($"has no CLIPTextEncode node feeding KSampler {sampler}'s positive input, so there is nowhere to put the prompt");
            }
            positive.AddRange(found);
            // A workflow may have no negative text at all (Flux-style, ConditioningZeroOut): then there is none to set.
            negative.AddRange(EncodersFeeding(sampler, "negative", "negative", 0));
        }
        if (positive.Intersect(negative).FirstOrDefault() is { } both)
        {
            throw Problem($"feeds CLIPTextEncode {both} into both a positive and a negative sampler input, so the prompt and the negative prompt cannot both be set");
        }
        return (positive.Distinct().ToList(), negative.Distinct().ToList());
    }

    /// <summary>
    /// The CLIPTextEncode nodes upstream of <paramref name="id"/>'s <paramref name="input"/>, through conditioning nodes
    /// between (ConditioningCombine, ControlNetApply…): at each, the input named like the role, else its conditioning inputs.
    /// </summary>
    private IEnumerable<string> EncodersFeeding(string id, string input, string role, int depth)
    {
        if (depth > MaxConditioningDepth || LinkedNode(id, input) is not { } source)
        {
            yield break;
        }
        if (ClassOf(source) == "CLIPTextEncode")
        {
            yield return source;
            yield break;
        }
        var inputs = Inputs(graph, source);
        IEnumerable<string> onward = inputs.ContainsKey(role) ? [role] : inputs.Select(i => i.Key).Where(k => k.StartsWith("conditioning", StringComparison.Ordinal)).ToList();
        foreach (var next in onward)
        {
            foreach (var encoder in EncodersFeeding(source, next, role, depth + 1))
            {
                yield return encoder;
            }
        }
    }

    /// <summary>The node an input is linked from (<c>["id", output]</c>), or null when it is a plain value or dangles.</summary>
    private string? LinkedNode(string id, string input) =>
        Inputs(graph, id)[input] is JsonArray { Count: 2 } link && link[0] is JsonValue source && source.TryGetValue<string>(out var sourceId) && graph.ContainsKey(sourceId)
            ? sourceId
            : null;

    private string ClassOf(string id) => (string)graph[id]!["class_type"]!;

    private static JsonObject Inputs(JsonObject graph, string id) => (JsonObject)graph[id]!["inputs"]!;

    /// <summary>Sorts node ids numerically where they are numbers (as ComfyUI's editor makes them), the others after.</summary>
    public static long NodeOrder(string id) => long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue;
}

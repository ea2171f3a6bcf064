using System.Text.Json.Nodes;
using LegacyPress.Generation.Images;
using LegacyPress.Generation.Images.ComfyUi;
using LegacyPress.Generation.Tests.Fakes;
using LegacyPress.TestSupport.Fakes.Images;
using LegacyPress.TestSupport;
using SkiaSharp;
using static LegacyPress.Generation.Tests.Images.BackendTestSupport;

namespace LegacyPress.Generation.Tests.Images;

public sealed class ComfyUiBackendTests() : FakeServiceTests<FakeComfyUiServer>(() => FakeComfyUiServer.StartAsync())
{
    private IImageBackend Backend(string? workflow = null, string? model = null, int maxAttempts = 3) =>
        ImageBackends.Create(Options("comfyui", Server.BaseUrl, maxAttempts: maxAttempts) with { WorkflowPath = workflow, Model = model }, Http);

    private static JsonObject Inputs(JsonObject workflow, string id) => (JsonObject)workflow[id]!["inputs"]!;

    private IEnumerable<string> Paths(string method) => Server.Requests.Where(r => r.Method == method).Select(r => r.Path);

    [Fact]
    public async Task The_prompt_negative_prompt_seed_and_size_reach_the_sampler_and_a_picture_that_size_comes_back()
    {
        var backend = Backend();

        var outcome = await backend.GenerateAsync(Request(seed: 4242, width: 1920, height: 1088), null, default);

        var picture = Assert.IsType<ImageOutcome.Picture>(outcome);
        Assert.Equal(".png", picture.Extension);
        var (width, height, _) = FakePictures.Read(picture.Bytes);
        Assert.Equal((1920, 1088), (width, height));
        var sent = Assert.Single(Server.Queued);
        Assert.Equal(Request().Prompt, (string?)Inputs(sent, "6")["text"]);
        Assert.Equal("blurry, text, watermark", (string?)Inputs(sent, "7")["text"]);
        Assert.Equal(4242UL, (ulong)Inputs(sent, "3")["seed"]!);
        Assert.Equal((1920, 1088), ((int)Inputs(sent, "5")["width"]!, (int)Inputs(sent, "5")["height"]!));
        Assert.Equal("sd_xl_base_1.0.safetensors", (string?)Inputs(sent, "4")["ckpt_name"]);
        Assert.Equal(("comfyui", "sd_xl_base_1.0.safetensors"), (backend.Name, backend.Model));
        // The websocket is opened first, with the client id the prompt is queued under, so no message is missed.
        Assert.Equal("/ws", Server.Requests[0].Path);
        var queue = Server.Requests.Single(r => r.Path == "/prompt");
        Assert.Equal(Server.Requests[0].Query["clientId"], (string?)queue.Json["client_id"]);
        Assert.Equal(["/prompt"], Paths("POST"));
        Assert.Equal(["/ws", "/history/", "/view"], Paths("GET").Select(p => p.StartsWith("/history/", StringComparison.Ordinal) ? "/history/" : p));
    }

    [Fact]
    public async Task The_model_option_sets_every_checkpoint_and_another_seed_makes_another_picture()
    {
        var backend = Backend(model: "dreamshaper_8.safetensors");

        var first = (ImageOutcome.Picture)await backend.GenerateAsync(Request(seed: 1, width: 512, height: 512), null, default);
        var second = (ImageOutcome.Picture)await backend.GenerateAsync(Request(seed: 2, width: 512, height: 512), null, default);
        var again = (ImageOutcome.Picture)await backend.GenerateAsync(Request(seed: 1, width: 512, height: 512), null, default);

        Assert.Equal("dreamshaper_8.safetensors", backend.Model);
        Assert.All(Server.Queued, w => Assert.Equal("dreamshaper_8.safetensors", (string?)Inputs(w, "4")["ckpt_name"]));
        Assert.NotEqual(FakePictures.Read(first.Bytes).Colour, FakePictures.Read(second.Bytes).Colour);
        Assert.Equal(FakePictures.Read(first.Bytes).Colour, FakePictures.Read(again.Bytes).Colour);
    }

    [Fact]
    public async Task A_reference_still_is_uploaded_and_loaded_by_the_img2img_workflow_at_the_shot_size()
    {
        var reference = Folder.File("grandfather.png");
        TestStills.Write(reference, new SKColor(150, 110, 70), 320, 200);

        var outcome = await Backend().GenerateAsync(Request(width: 768, height: 448, references: reference), null, default);

        var upload = Server.Requests.Single(r => r.Path == "/upload/image");
        var file = Assert.Single(upload.Files);
        Assert.Equal("image", file.Field);
        Assert.Equal(File.ReadAllBytes(reference), file.Bytes);
        Assert.Equal("image/png", file.ContentType);
        Assert.Matches("^legacypress-[0-9a-f]{16}\\.png$", file.FileName);
        Assert.Equal("true", upload.Fields["overwrite"]);
        var sent = Assert.Single(Server.Queued);
        Assert.Equal(file.FileName, (string?)Inputs(sent, "10")["image"]);
        Assert.Equal((768, 448), ((int)Inputs(sent, "11")["width"]!, (int)Inputs(sent, "11")["height"]!));
        Assert.Equal(Request().Prompt, (string?)Inputs(sent, "6")["text"]);
        var (width, height, _) = FakePictures.Read(((ImageOutcome.Picture)outcome).Bytes);
        Assert.Equal((768, 448), (width, height));
    }

    [Fact]
    public async Task A_project_workflow_with_its_own_node_ids_is_filled_by_what_its_nodes_are()
    {
        // The negative encoder comes first, the positive is two encoders combined, and no id is a number.
        var workflow = Folder.File("portrait-workflow.json");
        File.WriteAllText(workflow, """
            {
              "negative_text": { "class_type": "CLIPTextEncode", "inputs": { "text": "old negative", "clip": ["loader", 1] } },
              "style_text": { "class_type": "CLIPTextEncode", "inputs": { "text": "old style", "clip": ["loader", 1] } },
              "subject_text": { "class_type": "CLIPTextEncode", "inputs": { "text": "old subject", "clip": ["loader", 1] } },
              "combined": { "class_type": "ConditioningCombine", "inputs": { "conditioning_1": ["subject_text", 0], "conditioning_2": ["style_text", 0] } },
              "loader": { "class_type": "CheckpointLoaderSimple", "inputs": { "ckpt_name": "v1-5-pruned-emaonly.safetensors" } },
              "canvas": { "class_type": "EmptyLatentImage", "inputs": { "width": 512, "height": 512, "batch_size": 1 } },
              "sampler": { "class_type": "KSampler", "inputs": { "seed": 1, "steps": 8, "cfg": 7, "sampler_name": "euler", "scheduler": "normal", "denoise": 1,
                           "model": ["loader", 0], "positive": ["combined", 0], "negative": ["negative_text", 0], "latent_image": ["canvas", 0] } },
              "decode": { "class_type": "VAEDecode", "inputs": { "samples": ["sampler", 0], "vae": ["loader", 2] } },
              "keep": { "class_type": "SaveImage", "inputs": { "filename_prefix": "portrait", "images": ["decode", 0] } }
            }
            """);
        var backend = Backend(workflow);

        var outcome = await backend.GenerateAsync(Request(seed: 77, width: 640, height: 384), null, default);

        Assert.IsType<ImageOutcome.Picture>(outcome);
        Assert.Equal("v1-5-pruned-emaonly.safetensors", backend.Model);
        var sent = Assert.Single(Server.Queued);
        Assert.Equal(Request().Prompt, (string?)Inputs(sent, "subject_text")["text"]);
        Assert.Equal(Request().Prompt, (string?)Inputs(sent, "style_text")["text"]);
        Assert.Equal("blurry, text, watermark", (string?)Inputs(sent, "negative_text")["text"]);
        Assert.Equal(77UL, (ulong)Inputs(sent, "sampler")["seed"]!);
        Assert.Equal((640, 384), ((int)Inputs(sent, "canvas")["width"]!, (int)Inputs(sent, "canvas")["height"]!));
        Assert.Equal(8, (int)Inputs(sent, "sampler")["steps"]!);
    }

    [Fact]
    public void A_workflow_without_a_KSampler_is_refused_naming_the_file_and_the_missing_node()
    {
        var workflow = Folder.File("no-sampler.json");
        File.WriteAllText(workflow, """
            {
              "1": { "class_type": "CheckpointLoaderSimple", "inputs": { "ckpt_name": "sd_xl_base_1.0.safetensors" } },
              "2": { "class_type": "EmptyLatentImage", "inputs": { "width": 512, "height": 512, "batch_size": 1 } },
              "3": { "class_type": "VAEDecode", "inputs": { "samples": ["2", 0], "vae": ["1", 2] } },
              "4": { "class_type": "SaveImage", "inputs": { "filename_prefix": "x", "images": ["3", 0] } }
            }
            """);

        var error = Assert.Throws<GenerationException>(() => Backend(workflow));

        Assert.Equal($"the ComfyUI workflow {workflow} has no KSampler node (the sampler the seed goes into)", error.Message);
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public void A_workflow_saved_in_the_editor_format_is_refused_with_how_to_export_it()
    {
        var workflow = Folder.File("editor.json");
        File.WriteAllText(workflow, """{ "last_node_id": 9, "last_link_id": 9, "nodes": [], "links": [], "version": 0.4 }""");

        var error = Assert.Throws<GenerationException>(() => Backend(workflow));

        Assert.Contains(workflow, error.Message, StringComparison.Ordinal);
        Assert.Contains("API", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_templates_are_beside_the_assembly()
    {
        Assert.True(File.Exists(Path.Combine(ComfyUiBackend.ShippedTemplatesDirectory, ComfyUiBackend.TextToImageTemplate)));
        Assert.True(File.Exists(Path.Combine(ComfyUiBackend.ShippedTemplatesDirectory, ComfyUiBackend.ImageToImageTemplate)));
    }

    [Fact]
    public async Task Progress_from_the_websocket_rises_step_by_step_to_done()
    {
        var progress = new RecordedProgress<double>();

        await Backend().GenerateAsync(Request(width: 256, height: 256), progress, default);

        var values = progress.Values;
        // The template's sampler runs 30 steps: each is reported, then the picture's arrival.
        Assert.True(values.Count >= 30, $"{values.Count} reports");
        Assert.Equal(1 / 30.0, values[0], precision: 6);
        Assert.Equal(values.OrderBy(v => v), values);
        Assert.Equal(1, values[^1]);
    }

    [Fact]
    public async Task Without_a_websocket_the_history_is_polled_until_the_picture_is_done()
    {
        Server.WebSocketsEnabled = false;
        Server.StepDelay = TimeSpan.FromMilliseconds(20);

        var outcome = await Backend().GenerateAsync(Request(width: 256, height: 256), null, default);

        Assert.IsType<ImageOutcome.Picture>(outcome);
        Assert.True(Server.Requests.Count(r => r.Path.StartsWith("/history/", StringComparison.Ordinal)) >= 2);
    }

    [Fact]
    public async Task A_busy_answer_is_retried_once_and_the_workflow_queued_once()
    {
        Server.Enqueue(new FakeFault.Status(429, """{"error": "too many requests"}""", RetryAfter: "0"));

        var outcome = await Backend().GenerateAsync(Request(width: 256, height: 256), null, default);

        Assert.IsType<ImageOutcome.Picture>(outcome);
        Assert.Equal(["/prompt", "/prompt"], Paths("POST"));
        Assert.Single(Server.Queued);
    }

    [Fact]
    public async Task A_connection_dropped_mid_answer_is_retried()
    {
        Server.Enqueue(new FakeFault.DropConnection());

        var outcome = await Backend().GenerateAsync(Request(width: 256, height: 256), null, default);

        Assert.IsType<ImageOutcome.Picture>(outcome);
        Assert.Equal(2, Paths("POST").Count());
    }

    [Fact]
    public async Task Server_errors_to_the_last_attempt_give_a_readable_error()
    {
        Server.Enqueue([.. Enumerable.Repeat<FakeFault>(new FakeFault.Status(500, "500 Internal Server Error\n\nServer got itself in trouble", ContentType: "text/plain"), 3)]);

        var error = await Assert.ThrowsAsync<GenerationException>(() => Backend(maxAttempts: 3).GenerateAsync(Request(), null, default));

        Assert.Equal("ComfyUI still failed after 3 attempts: 500 500 Internal Server Error Server got itself in trouble", error.Message);
        Assert.Equal(3, Paths("POST").Count());
        Assert.Empty(Server.Queued);
    }

    [Fact]
    public async Task A_ComfyUI_that_is_not_running_is_reported_as_unreachable_after_the_retries()
    {
        var nowhere = NothingListening();
        var backend = ImageBackends.Create(Options("comfyui", nowhere, maxAttempts: 2), Http);

        var error = await Assert.ThrowsAsync<GenerationException>(() => backend.GenerateAsync(Request(), null, default));

        Assert.StartsWith($"could not reach ComfyUI at {nowhere} after 2 attempts: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_project_workflow_without_a_LoadImage_says_it_cannot_use_the_shots_references()
    {
        var workflow = Folder.File("text-only.json");
        File.Copy(Path.Combine(ComfyUiBackend.ShippedTemplatesDirectory, ComfyUiBackend.TextToImageTemplate), workflow);
        var reference = Folder.File("letter.png");
        TestStills.Write(reference, SKColors.Beige);

        var error = await Assert.ThrowsAsync<GenerationException>(() => Backend(workflow).GenerateAsync(Request(references: reference), null, default));

        Assert.Equal($"the ComfyUI workflow {workflow} has no LoadImage node, so it cannot use shot 'workshop''s reference stills; use a workflow that loads one, or remove the shot's references", error.Message);
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task A_checkpoint_ComfyUI_does_not_have_is_reported_by_node_and_not_retried()
    {
        var error = await Assert.ThrowsAsync<GenerationException>(() => Backend(model: "missing.safetensors").GenerateAsync(Request(), null, default));

        Assert.StartsWith($"ComfyUI refused the workflow {Path.Combine(ComfyUiBackend.ShippedTemplatesDirectory, "txt2img.json")}: Prompt outputs failed validation; node 4 (CheckpointLoaderSimple): Value not in list: ckpt_name: 'missing.safetensors' not in [", error.Message, StringComparison.Ordinal);
        Assert.Single(Paths("POST"));
    }

    [Fact]
    public async Task A_run_that_fails_in_ComfyUI_names_the_node_and_its_error()
    {
        Server.FailNextRun("CUDA out of memory. Tried to allocate 2.00 GiB");

        var error = await Assert.ThrowsAsync<GenerationException>(() => Backend().GenerateAsync(Request(width: 256, height: 256), null, default));

        Assert.EndsWith("in node 3 (KSampler): torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB", error.Message, StringComparison.Ordinal);
    }
}

using LegacyPress.Generation.Images;
using LegacyPress.Generation.Images.OpenAi;
using LegacyPress.Generation.Tests.Fakes;
using LegacyPress.TestSupport.Fakes.Images;
using LegacyPress.TestSupport;
using SkiaSharp;
using static LegacyPress.Generation.Tests.Images.BackendTestSupport;

namespace LegacyPress.Generation.Tests.Images;

public sealed class OpenAiImageBackendTests() : FakeServiceTests<FakeOpenAiImagesServer>(() => FakeOpenAiImagesServer.StartAsync())
{
    private IImageBackend Backend(string? apiKey = null, string? model = null, int maxAttempts = 3) =>
        ImageBackends.Create(Options("openai", Server.Endpoint, apiKey ?? Server.ApiKey, maxAttempts) with { Model = model }, Http);

    [Fact]
    public async Task A_shot_without_references_is_a_generation_at_the_nearest_size_with_the_negative_said_in_words()
    {
        var backend = Backend();

        var outcome = await backend.GenerateAsync(Request(width: 1920, height: 1088), null, default);

        var picture = Assert.IsType<ImageOutcome.Picture>(outcome);
        Assert.Equal(".png", picture.Extension);
        Assert.Equal((1536, 1024), (FakePictures.Read(picture.Bytes).Width, FakePictures.Read(picture.Bytes).Height));
        var request = Assert.Single(Server.Requests);
        Assert.Equal("/v1/images/generations", request.Path);
        Assert.True(request.KeyAccepted);
        Assert.Equal(FakeServiceHost.RedactedKey, request.Headers["Authorization"]);
        var body = request.Json;
        Assert.Equal("gpt-image-1", (string?)body["model"]);
        Assert.Equal(Request().Prompt + "\n\nAvoid: blurry, text, watermark", (string?)body["prompt"]);
        Assert.Equal("1536x1024", (string?)body["size"]);
        // OpenAI takes no seed; nothing pretends otherwise.
        Assert.Null(body["seed"]);
        Assert.Equal(("openai", "gpt-image-1"), (backend.Name, backend.Model));
    }

    [Theory]
    [InlineData("gpt-image-1", 1920, 1088, 1536, 1024)]
    [InlineData("gpt-image-1", 1088, 1920, 1024, 1536)]
    [InlineData("gpt-image-1", 1024, 1024, 1024, 1024)]
    [InlineData("gpt-image-1", 1280, 1024, 1536, 1024)]
    [InlineData("gpt-image-1", 1088, 1280, 1024, 1024)]
    [InlineData("dall-e-3", 1920, 1088, 1792, 1024)]
    [InlineData("dall-e-2", 1920, 1088, 1024, 1024)]
    public void The_size_asked_for_is_the_models_nearest_in_shape(string model, int width, int height, int expectedWidth, int expectedHeight) =>
        Assert.Equal((expectedWidth, expectedHeight), new OpenAiImageModel(model).NearestSize(width, height));

    [Fact]
    public async Task A_shot_with_a_reference_is_an_edit_of_it_sent_as_a_multipart_image()
    {
        var reference = Folder.File("letter.png");
        TestStills.Write(reference, new SKColor(230, 220, 190));

        var outcome = await Backend().GenerateAsync(Request(width: 1088, height: 1920, references: reference), null, default);

        Assert.IsType<ImageOutcome.Picture>(outcome);
        var request = Assert.Single(Server.Requests);
        Assert.Equal("/v1/images/edits", request.Path);
        var image = Assert.Single(request.Files);
        Assert.Equal(File.ReadAllBytes(reference), image.Bytes);
        Assert.Equal("image/png", image.ContentType);
        Assert.Equal("gpt-image-1", request.Fields["model"]);
        Assert.Equal("1024x1536", request.Fields["size"]);
        Assert.StartsWith(Request().Prompt, request.Fields["prompt"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_references_go_together_as_the_image_array()
    {
        var (first, second) = (Folder.File("grandfather.png"), Folder.File("workshop.jpg"));
        TestStills.Write(first, new SKColor(150, 110, 70));
        File.WriteAllBytes(second, FakePictures.Jpeg(320, 200, "workshop"));

        var outcome = await Backend().GenerateAsync(Request(references: [first, second]), null, default);

        Assert.IsType<ImageOutcome.Picture>(outcome);
        var files = Assert.Single(Server.Requests).Files;
        Assert.Equal(["image[]", "image[]"], files.Select(f => f.Field));
        Assert.Equal(["image/png", "image/jpeg"], files.Select(f => f.ContentType));
        Assert.Equal(File.ReadAllBytes(second), files[1].Bytes);
    }

    [Fact]
    public async Task A_refusal_by_the_safety_system_is_a_filtered_outcome_and_not_retried()
    {
        var request = Request() with { Prompt = $"a {FakeOpenAiImagesServer.BlockedWord} scene" };

        var outcome = await Backend().GenerateAsync(request, null, default);

        var filtered = Assert.IsType<ImageOutcome.Filtered>(outcome);
        Assert.StartsWith("Your request was rejected as a result of our safety system.", filtered.Reason, StringComparison.Ordinal);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task A_rate_limit_is_retried_once_then_the_picture_arrives()
    {
        Server.Enqueue(FakeOpenAiImagesServer.RateLimited(retryAfterSeconds: "0"));

        var outcome = await Backend().GenerateAsync(Request(), null, default);

        Assert.IsType<ImageOutcome.Picture>(outcome);
        Assert.Equal(2, Server.Requests.Count);
        Assert.All(Server.Requests, r => Assert.Equal("/v1/images/generations", r.Path));
    }

    [Fact]
    public async Task Server_errors_to_the_last_attempt_give_a_readable_error()
    {
        Server.Enqueue([.. Enumerable.Repeat(FakeOpenAiImagesServer.ServerError(503), 3)]);

        var error = await Assert.ThrowsAsync<GenerationException>(() => Backend(maxAttempts: 3).GenerateAsync(Request(), null, default));

        Assert.Equal("OpenAI still failed after 3 attempts: 503 The engine is currently overloaded, please try again later", error.Message);
        Assert.Equal(3, Server.Requests.Count);
    }

    [Fact]
    public async Task A_bad_request_is_reported_at_once_without_retrying()
    {
        Server.Enqueue(new FakeFault.Status(400, FakeOpenAiImagesServer.Error("Invalid value: 'ultra'. Supported values are: 'low', 'medium', 'high', and 'auto'.", "invalid_request_error", "quality", "invalid_value").ToJsonString()));

        var error = await Assert.ThrowsAsync<GenerationException>(() => Backend().GenerateAsync(Request(), null, default));

        Assert.Equal("OpenAI rejected the request for shot 'workshop' (400): Invalid value: 'ultra'. Supported values are: 'low', 'medium', 'high', and 'auto'.", error.Message);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task An_account_without_quota_is_reported_at_once_though_it_is_a_429()
    {
        Server.Enqueue(FakeOpenAiImagesServer.OutOfQuota());

        var error = await Assert.ThrowsAsync<GenerationException>(() => Backend().GenerateAsync(Request(), null, default));

        Assert.StartsWith("OpenAI says the account behind OPENAI_API_KEY has no quota left (429)", error.Message, StringComparison.Ordinal);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task A_wrong_key_is_a_clear_error_that_never_shows_the_key()
    {
        const string wrongKey = "sk-proj-wrong5d1e2a7c99f04b3a";

        var error = await Assert.ThrowsAsync<GenerationException>(() => Backend(apiKey: wrongKey).GenerateAsync(Request(), null, default));

        Assert.StartsWith("OpenAI rejected the API key (401); check OPENAI_API_KEY (OpenAI said: Incorrect API key provided:", error.Message, StringComparison.Ordinal);
        Assert.False(Assert.Single(Server.Requests).KeyAccepted);
        Assert.DoesNotContain(wrongKey, AllText(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_key_never_appears_in_errors_even_when_the_server_echoes_it()
    {
        Server.Enqueue(
            new FakeFault.Status(400, FakeOpenAiImagesServer.Error($"key {Server.ApiKey} may not do this", "invalid_request_error", null, null).ToJsonString()));
        var refused = await Assert.ThrowsAsync<GenerationException>(() => Backend().GenerateAsync(Request(), null, default));
        Server.Enqueue([.. Enumerable.Repeat<FakeFault>(new FakeFault.Status(502, $"<html>upstream rejected {Server.ApiKey}</html>", ContentType: "text/html"), 2)]);
        var exhausted = await Assert.ThrowsAsync<GenerationException>(() => Backend(maxAttempts: 2).GenerateAsync(Request(), null, default));

        foreach (var error in new[] { refused, exhausted })
        {
            Assert.Contains("***", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Server.ApiKey, AllText(error), StringComparison.Ordinal);
        }
        var options = Options("openai", Server.Endpoint, Server.ApiKey);
        Assert.DoesNotContain(Server.ApiKey, options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_service_is_reported_as_such_after_the_retries()
    {
        var nowhere = new Uri(NothingListening(), "v1");
        var backend = ImageBackends.Create(Options("openai", nowhere, Server.ApiKey, maxAttempts: 2), Http);

        var error = await Assert.ThrowsAsync<GenerationException>(() => backend.GenerateAsync(Request(), null, default));

        Assert.StartsWith($"could not reach OpenAI at {nowhere} after 2 attempts: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Server.ApiKey, AllText(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_key_names_the_variable_and_sends_nothing()
    {
        var backend = ImageBackends.Create(Options("openai", Server.Endpoint, apiKey: null), Http);

        var error = await Assert.ThrowsAsync<GenerationException>(() => backend.GenerateAsync(Request(), null, default));

        Assert.Contains("OPENAI_API_KEY is not set", error.Message, StringComparison.Ordinal);
        Assert.Empty(Server.Requests);
    }
}

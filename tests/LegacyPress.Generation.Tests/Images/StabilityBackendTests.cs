using System.Diagnostics;
using LegacyPress.Generation.Images;
using LegacyPress.Generation.Images.Stability;
using LegacyPress.Generation.Tests.Fakes;
using LegacyPress.TestSupport.Fakes.Images;
using LegacyPress.TestSupport;
using SkiaSharp;
using static LegacyPress.Generation.Tests.Images.BackendTestSupport;

namespace LegacyPress.Generation.Tests.Images;

public sealed class StabilityBackendTests() : FakeServiceTests<FakeStabilityServer>(() => FakeStabilityServer.StartAsync())
{
    private IImageBackend Backend(string? apiKey = null, string? model = null, int maxAttempts = 3, TimeSpan? timeout = null) =>
        ImageBackends.Create(Options("stability", Server.BaseUrl, apiKey ?? Server.ApiKey, maxAttempts, timeout) with { Model = model }, Http);

    [Fact]
    public async Task Core_is_sent_the_prompt_negative_prompt_seed_nearest_aspect_ratio_and_png_with_the_key_as_bearer()
    {
        var backend = Backend();

        var outcome = await backend.GenerateAsync(Request(seed: 4242, width: 1920, height: 1088), null, default);

        var picture = Assert.IsType<ImageOutcome.Picture>(outcome);
        Assert.Equal(".png", picture.Extension);
        Assert.Equal((1344, 768), (FakePictures.Read(picture.Bytes).Width, FakePictures.Read(picture.Bytes).Height));
        var request = Assert.Single(Server.Requests);
        Assert.Equal("/v2beta/stable-image/generate/core", request.Path);
        Assert.True(request.KeyAccepted);
        Assert.Equal(FakeServiceHost.RedactedKey, request.Headers["Authorization"]);
        Assert.Equal("image/*", request.Headers["Accept"]);
        Assert.StartsWith("multipart/form-data", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal(Request().Prompt, request.Fields["prompt"]);
        Assert.Equal("blurry, text, watermark", request.Fields["negative_prompt"]);
        Assert.Equal("4242", request.Fields["seed"]);
        Assert.Equal("16:9", request.Fields["aspect_ratio"]);
        Assert.Equal("png", request.Fields["output_format"]);
        Assert.False(request.Fields.ContainsKey("model"));
        Assert.Empty(request.Files);
        Assert.Equal(("stability", "core"), (backend.Name, backend.Model));
    }

    [Theory]
    [InlineData(1920, 1088, "16:9")]
    [InlineData(1088, 1920, "9:16")]
    [InlineData(1024, 1024, "1:1")]
    [InlineData(2560, 1088, "21:9")]
    [InlineData(1280, 1024, "5:4")]
    [InlineData(1024, 1536, "2:3")]
    [InlineData(1536, 1024, "3:2")]
    public void The_aspect_ratio_is_the_nearest_Stability_makes(int width, int height, string expected) =>
        Assert.Equal(expected, StabilityAspectRatio.Nearest(width, height));

    [Theory]
    [InlineData(0L, 0L)]
    [InlineData(4242L, 4242L)]
    [InlineData(4_294_967_294L, 4_294_967_294L)]
    [InlineData(4_294_967_295L, 0L)]
    [InlineData(4_294_967_296L + 7, 8L)]
    public void Seeds_beyond_Stabilitys_range_are_folded_into_it(long seed, long expected) =>
        Assert.Equal(expected, StabilityBackend.SeedFor(seed));

    [Fact]
    public void A_negative_seed_still_gives_a_seed_in_range()
    {
        Assert.InRange(StabilityBackend.SeedFor(-1), 0, StabilityBackend.MaxSeed);
        Assert.NotEqual(StabilityBackend.SeedFor(-1), StabilityBackend.SeedFor(-2));
    }

    [Fact]
    public async Task An_SD3_model_with_a_reference_is_image_to_image_on_the_SD3_endpoint()
    {
        var reference = Folder.File("grandfather.png");
        TestStills.Write(reference, new SKColor(150, 110, 70), 640, 384);
        var backend = Backend(model: "sd3.5-large");

        var outcome = await backend.GenerateAsync(Request(references: reference), null, default);

        Assert.IsType<ImageOutcome.Picture>(outcome);
        var request = Assert.Single(Server.Requests);
        Assert.Equal("/v2beta/stable-image/generate/sd3", request.Path);
        Assert.Equal("sd3.5-large", request.Fields["model"]);
        Assert.Equal("image-to-image", request.Fields["mode"]);
        Assert.Equal("0.6", request.Fields["strength"]);
        Assert.False(request.Fields.ContainsKey("aspect_ratio"));
        var image = Assert.Single(request.Files);
        Assert.Equal(("image", "image/png"), (image.Field, image.ContentType));
        Assert.Equal(File.ReadAllBytes(reference), image.Bytes);
        Assert.Equal("sd3.5-large", backend.Model);
    }

    [Fact]
    public async Task Core_cannot_take_a_reference_and_says_so_before_sending_anything()
    {
        var reference = Folder.File("grandfather.png");
        TestStills.Write(reference, SKColors.Peru);

        var error = await Assert.ThrowsAsync<GenerationException>(() => Backend().GenerateAsync(Request(references: reference), null, default));

        Assert.Contains("use model sd3.5-large (or ultra)", error.Message, StringComparison.Ordinal);
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public void An_unknown_model_is_refused_with_the_models_there_are() =>
        Assert.StartsWith("Stability has no image model 'sdxl'; use core, ultra, sd3 or one of sd3.5-large", Assert.Throws<GenerationException>(() => Backend(model: "sdxl")).Message, StringComparison.Ordinal);

    [Fact]
    public async Task A_picture_the_filter_blurred_is_a_filtered_outcome()
    {
        var outcome = await Backend().GenerateAsync(Request() with { Prompt = $"a {FakeStabilityServer.BlurredWord} scene" }, null, default);

        Assert.Equal("Stability's content filter blurred the picture (finish-reason CONTENT_FILTERED)", Assert.IsType<ImageOutcome.Filtered>(outcome).Reason);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task A_prompt_moderation_refused_is_a_filtered_outcome_and_not_retried()
    {
        var outcome = await Backend().GenerateAsync(Request() with { Prompt = $"a {FakeStabilityServer.BlockedWord} scene" }, null, default);

        Assert.StartsWith("content_moderation: Your request was flagged by our content moderation system", Assert.IsType<ImageOutcome.Filtered>(outcome).Reason, StringComparison.Ordinal);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task A_rate_limit_is_retried_after_the_wait_the_server_asks_for()
    {
        Server.Enqueue(FakeStabilityServer.RateLimited(retryAfterSeconds: "1"));
        var notices = new RecordedProgress<string>();
        var backend = ImageBackends.Create(Options("stability", Server.BaseUrl, Server.ApiKey), Http, notices);
        var clock = Stopwatch.StartNew();

        var outcome = await backend.GenerateAsync(Request(), null, default);

        Assert.IsType<ImageOutcome.Picture>(outcome);
        Assert.Equal(2, Server.Requests.Count);
        Assert.Equal("Stability: 429 rate_limit_exceeded: You have exceeded the rate limit of 150 requests within a 10 second period, and have been timed out for 60 seconds.; retrying in 1.0 s (attempt 2 of 3)", Assert.Single(notices.Values));
        // The configured backoff is 5 ms; only Retry-After explains a wait of a second.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(950), $"retried after {clock.Elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Server_errors_to_the_last_attempt_give_a_readable_error()
    {
        Server.Enqueue([.. Enumerable.Repeat(FakeStabilityServer.ServerError(), 3)]);

        var error = await Assert.ThrowsAsync<GenerationException>(() => Backend(maxAttempts: 3).GenerateAsync(Request(), null, default));

        Assert.Equal("Stability still failed after 3 attempts: 500 internal_error: An unexpected server error has occurred, please try again later.", error.Message);
        Assert.Equal(3, Server.Requests.Count);
    }

    [Fact]
    public async Task A_slow_answer_is_abandoned_at_the_attempt_timeout_and_retried()
    {
        Server.Enqueue(new FakeFault.Slow(TimeSpan.FromMinutes(2)));
        var clock = Stopwatch.StartNew();

        var outcome = await Backend(timeout: TimeSpan.FromSeconds(1)).GenerateAsync(Request(), null, default);

        Assert.IsType<ImageOutcome.Picture>(outcome);
        Assert.Equal(2, Server.Requests.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_request_Stability_refuses_is_reported_in_its_words_at_once()
    {
        var error = await Assert.ThrowsAsync<GenerationException>(() => Backend().GenerateAsync(Request() with { Prompt = new string('a', 10_001) }, null, default));

        Assert.Equal("Stability rejected the request for shot 'workshop' (400): bad_request: prompt: must be at most 10000 characters", error.Message);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task A_wrong_key_is_a_clear_error_that_never_shows_the_key()
    {
        const string wrongKey = "sk-stab-wrong9a8b7c6d5e4f3a2b1";

        var error = await Assert.ThrowsAsync<GenerationException>(() => Backend(apiKey: wrongKey).GenerateAsync(Request(), null, default));

        Assert.Equal("Stability rejected the API key (401); check STABILITY_API_KEY (Stability said: unauthorized: authorization: invalid or missing header value)", error.Message);
        Assert.False(Assert.Single(Server.Requests).KeyAccepted);
        Assert.DoesNotContain(wrongKey, AllText(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_key_never_appears_in_errors_even_when_the_server_echoes_it()
    {
        Server.Enqueue([.. Enumerable.Repeat<FakeFault>(new FakeFault.Status(503, $$"""{"name":"service_unavailable","errors":["key {{Server.ApiKey}} is throttled"]}"""), 2)]);

        var error = await Assert.ThrowsAsync<GenerationException>(() => Backend(maxAttempts: 2).GenerateAsync(Request(), null, default));

        Assert.Contains("key *** is throttled", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Server.ApiKey, AllText(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_key_names_the_variable_and_sends_nothing()
    {
        var backend = ImageBackends.Create(Options("stability", Server.BaseUrl, apiKey: null), Http);

        var error = await Assert.ThrowsAsync<GenerationException>(() => backend.GenerateAsync(Request(), null, default));

        Assert.Contains("STABILITY_API_KEY is not set", error.Message, StringComparison.Ordinal);
        Assert.Empty(Server.Requests);
    }
}

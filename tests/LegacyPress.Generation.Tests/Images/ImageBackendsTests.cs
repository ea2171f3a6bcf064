using LegacyPress.Core.Model;
using LegacyPress.Generation.Images;

namespace LegacyPress.Generation.Tests.Images;

public sealed class ImageBackendsTests
{
    [Fact]
    public void The_table_knows_each_backend_and_the_variable_its_key_comes_from()
    {
        Assert.Equal(["comfyui", "openai", "stability"], ImageBackends.Known);
        Assert.Equal([null, "OPENAI_API_KEY", "STABILITY_API_KEY"], ImageBackends.Known.Select(ImageBackends.ApiKeyVariableOf));
        Assert.All(ImageBackends.Known, name => Assert.Equal(name, ImageBackends.Create(new ImageBackendOptions(name)).Name));
    }

    [Fact]
    public void Film_yaml_accepts_exactly_the_backends_the_table_registers() =>
        // Core cannot see this project, so it keeps its own list for validating film.yaml; the two must agree.
        Assert.Equal(GenerateSettings.Backends, ImageBackends.Known);

    [Fact]
    public void An_unknown_backend_is_refused_with_the_backends_there_are()
    {
        var error = Assert.Throws<GenerationException>(() => ImageBackends.Create(new ImageBackendOptions("midjourney")));

        Assert.Equal("there is no image backend 'midjourney'; the backends are comfyui, openai, stability", error.Message);
    }

    [Fact]
    public void Options_never_print_their_key()
    {
        var options = new ImageBackendOptions("openai") { ApiKey = "sk-proj-secret0123456789", Model = "gpt-image-1" };

        Assert.Equal("openai (model gpt-image-1, endpoint default, API key set)", options.ToString());
    }
}

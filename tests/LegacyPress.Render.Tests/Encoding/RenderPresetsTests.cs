using LegacyPress.Core.Model;
using LegacyPress.Render.Encoding;

namespace LegacyPress.Render.Tests.Encoding;

/// <summary>How a film picks its preset: film.yaml's output unless the command line names one, and what files it writes.</summary>
public sealed class RenderPresetsTests
{
    private static Film FilmAt(string presetName, int width, int height, FrameRate? rate = null) => new(
        new ProjectInfo("/p", "/p/film.yaml", 1),
        new FilmMetadata("Presets", null, null, null, "1.0.0", null, "en", [], [], null, []),
        new OutputFormat(presetName, width, height, rate ?? new FrameRate(25)),
        new Core.Model.Look(null, 1, 0, 0, false, 1),
        new Dictionary<string, Voice>(),
        [],
        new Core.Model.Cards(null, null, null),
        [],
        new NarrationTiming(0.5, 1, 5, 2.5),
        FreeSection.Empty,
        FreeSection.Empty);

    [Theory]
    [InlineData("final", 1920, 1080, "film.mp4")]
    [InlineData("preview", 640, 360, "film-preview.mp4")]
    [InlineData("vertical", 1080, 1920, "film-vertical.mp4")]
    public void A_named_output_renders_at_that_preset(string name, int width, int height, string file)
    {
        var preset = RenderPresets.For(RenderPresets.Choose(FilmAt(name, width, height), asked: null).Output);

        Assert.Same(RenderPresets.Find(name), preset);
        Assert.Equal(file, preset.OutputFileName);
    }

    [Fact]
    public void A_custom_size_renders_exactly_that_size_as_a_master_named_by_its_size()
    {
        var preset = RenderPresets.For(FilmAt(OutputPresets.CustomName, 1280, 720).Output);

        Assert.Equal((1280, 720), (preset.WidthPixels, preset.HeightPixels));
        Assert.Equal(RenderPresets.Final.X264, preset.X264);
        Assert.False(preset.ReframeVertical);
        Assert.Equal("film-1280x720.mp4", preset.OutputFileName);
        Assert.Equal("trailer-1280x720.mp4", preset.FileName("trailer"));
    }

    [Theory]
    [InlineData(1080, 1350, true)]
    [InlineData(1000, 1000, true)]
    [InlineData(1280, 720, false)]
    [InlineData(2560, 1080, false)]
    public void A_custom_size_narrower_than_16_9_is_reframed_like_vertical_and_square(int width, int height, bool reframed)
    {
        Assert.Equal(reframed, RenderPresets.For(FilmAt(OutputPresets.CustomName, width, height).Output).ReframeVertical);
    }

    [Fact]
    public void A_preset_name_whose_size_was_changed_is_not_taken_for_the_preset()
    {
        // The reader calls such a format custom; a model built any other way must not render at the preset's size either.
        var preset = RenderPresets.For(FilmAt("preview", 800, 450).Output);

        Assert.Equal((800, 450), (preset.WidthPixels, preset.HeightPixels));
        Assert.Equal("film-800x450.mp4", preset.OutputFileName);
    }

    [Fact]
    public void The_command_line_preset_overrides_film_yaml_and_keeps_its_frame_rate()
    {
        var film = FilmAt(OutputPresets.CustomName, 1280, 720, new FrameRate(30000, 1001));

        var chosen = RenderPresets.Choose(film, RenderPresets.Find("square"));

        Assert.Equal(new OutputFormat("square", 1080, 1080, new FrameRate(30000, 1001)), chosen.Output);
        Assert.Same(RenderPresets.Find("square"), RenderPresets.For(chosen.Output));
    }

    [Fact]
    public void No_command_line_preset_leaves_the_film_as_film_yaml_says()
    {
        var film = FilmAt("preview", 640, 360);

        Assert.Same(film, RenderPresets.Choose(film, asked: null));
    }
}

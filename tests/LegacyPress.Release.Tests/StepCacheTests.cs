using LegacyPress.Core.Release;
using LegacyPress.TestSupport;

namespace LegacyPress.Release.Tests;

public sealed class StepCacheTests
{
    [Fact]
    public void A_step_is_fresh_only_with_the_same_inputs_and_untouched_outputs()
    {
        using var folder = new TempFolder();
        var cache = new StepCache(folder.File("steps"));
        var output = folder.File("poster.png");
        File.WriteAllText(output, "poster");
        var fp = Fingerprint.Of(FingerprintInput.Text("title", "Legacy"));

        Assert.False(cache.IsFresh("poster", fp, [output]));
        cache.Record("poster", fp, [output]);
        Assert.True(cache.IsFresh("poster", fp, [output]));

        Assert.False(cache.IsFresh("poster", Fingerprint.Of(FingerprintInput.Text("title", "Legacy II")), [output]));
        Assert.Equal(["title"], cache.Changed("poster", Fingerprint.Of(FingerprintInput.Text("title", "Legacy II"))));
        Assert.False(cache.IsFresh("poster", fp, [output, folder.File("banner.png")]));

        File.AppendAllText(output, " edited");
        Assert.False(cache.IsFresh("poster", fp, [output]));
    }

    [Fact]
    public void A_deleted_output_makes_the_step_stale_and_forget_makes_it_run_again()
    {
        using var folder = new TempFolder();
        var cache = new StepCache(folder.File("steps"));
        var output = folder.File("film.mp4");
        File.WriteAllText(output, "film");
        var fp = Fingerprint.Of(FingerprintInput.Text("x", "1"));
        cache.Record("film", fp, [output]);

        cache.Forget("film");
        Assert.False(cache.IsFresh("film", fp, [output]));

        cache.Record("film", fp, [output]);
        File.Delete(output);
        Assert.False(cache.IsFresh("film", fp, [output]));
    }

    [Fact]
    public void Step_names_cannot_escape_the_cache_folder() =>
        Assert.Throws<ArgumentException>(() => new StepCache("/tmp/steps").PathFor("../film"));
}

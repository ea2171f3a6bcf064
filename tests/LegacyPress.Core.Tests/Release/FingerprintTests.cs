using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;
using LegacyPress.Core.Release;
using static LegacyPress.Core.Tests.Building.FilmBuilder;

namespace LegacyPress.Core.Tests.Release;

public sealed class FingerprintTests
{
    private static Shot ShotOf(Film film, string id) => film.Shots.Single(s => s.Id == id);

    private static Film Film(double seconds = 4) => WithoutCards.Act("One", Shot("a", seconds).Says("Hello there."), Shot("b", 4)).Build();

    [Fact]
    public void Same_inputs_same_fingerprint_whatever_their_order()
    {
        var one = Fingerprint.Of(FingerprintInput.Value("shot", ShotOf(Film(), "a")), FingerprintInput.Text("tool", "1.0"));
        var two = Fingerprint.Of(FingerprintInput.Text("tool", "1.0"), FingerprintInput.Value("shot", ShotOf(Film(), "a")));

        Assert.Equal(one, two with { Inputs = one.Inputs });
        Assert.Equal(one.Sha256, two.Sha256);
    }

    [Fact]
    public void A_changed_field_deep_in_a_record_changes_the_fingerprint_and_is_named()
    {
        var before = Fingerprint.Of(FingerprintInput.Value("shot a", ShotOf(Film(), "a")), FingerprintInput.Value("shot b", ShotOf(Film(), "b")));
        var after = Fingerprint.Of(FingerprintInput.Value("shot a", ShotOf(Film(5), "a")), FingerprintInput.Value("shot b", ShotOf(Film(5), "b")));

        Assert.NotEqual(before.Sha256, after.Sha256);
        Assert.Equal(["shot a"], after.ChangedSince(before));
    }

    [Fact]
    public void Moving_a_shot_to_another_line_of_film_yaml_does_not_change_it()
    {
        var shot = ShotOf(Film(), "a");
        var moved = shot with { Location = new SourceLocation("film.yaml", 99, 3) };

        Assert.Equal(CanonicalForm.Of(shot), CanonicalForm.Of(moved));
    }

    [Fact]
    public void Polymorphic_values_are_written_by_their_runtime_type()
    {
        Assert.NotEqual(CanonicalForm.Of(new ShotDuration.Fixed(4)), CanonicalForm.Of(new ShotDuration.Fixed(5)));
        Assert.NotEqual(CanonicalForm.Of(new ShotDuration.Fixed(4)), CanonicalForm.Of(new ShotDuration.Auto()));
    }

    [Fact]
    public void Dictionaries_hash_the_same_in_any_insertion_order()
    {
        var a = new Dictionary<string, string> { ["x"] = "1", ["y"] = "2" };
        var b = new Dictionary<string, string> { ["y"] = "2", ["x"] = "1" };

        Assert.Equal(CanonicalForm.Of(a), CanonicalForm.Of(b));
    }

    [Fact]
    public void File_inputs_hash_contents_and_a_missing_file_differs_from_an_empty_one()
    {
        var path = Path.Combine(Path.GetTempPath(), $"legacypress-fp-{Guid.NewGuid():N}.txt");
        try
        {
            var missing = Fingerprint.Of(FingerprintInput.File("still", path));
            File.WriteAllText(path, "");
            var empty = Fingerprint.Of(FingerprintInput.File("still", path));
            File.WriteAllText(path, "pixels");
            var full = Fingerprint.Of(FingerprintInput.File("still", path));

            Assert.Equal(3, new[] { missing.Sha256, empty.Sha256, full.Sha256 }.Distinct().Count());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Two_inputs_with_one_name_are_refused() =>
        Assert.Throws<ArgumentException>(() => Fingerprint.Of(FingerprintInput.Text("x", "1"), FingerprintInput.Text("x", "2")));
}

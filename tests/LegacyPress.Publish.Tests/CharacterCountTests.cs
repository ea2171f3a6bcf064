using System.Text;
using LegacyPress.Core.Platforms;
using LegacyPress.Publish.Metadata;
using LegacyPress.Publish.Settings;

namespace LegacyPress.Publish.Tests;

/// <summary>Titles, tags and playlist titles are counted in user-perceived characters, as YouTube counts them, never in UTF-16 units.</summary>
public sealed class CharacterCountTests
{
    // Each is one user-perceived character but several UTF-16 units (up to 11 for the family).
    private static readonly string[] Clusters =
    [
        "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466", // family: man, woman, girl, boy joined by ZWJ
        "\U0001F1EF\U0001F1F5", // flag of Japan: two regional indicators
        "\U0001F44D\U0001F3FD", // thumbs up, medium skin tone
        "e\u0301", // e + combining acute
        "\u00C5", // Å precomposed
        "\U0001F3AC", // clapper board
    ];

    private static string Graphemes(int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(Clusters[i % Clusters.Length]);
        }
        return text.ToString();
    }

    [Fact]
    public void A_title_of_100_emoji_and_accented_letters_is_accepted_and_101_is_refused_with_the_grapheme_count()
    {
        using var project = new TestProject();
        var hundred = Graphemes(100);
        Assert.True(hundred.Length > 300, "the title is far longer in UTF-16 units than in characters");

        project.WritePromo(hundred, "Watch it.", "fantasy");
        var (accepted, none) = VideoMetadataSource.Read(project.Load(), project.Artifacts, YouTubeLimits.Default);
        Assert.Empty(none);
        Assert.Equal(hundred, accepted!.Title);

        project.WritePromo(Graphemes(101), "Watch it.", "fantasy");
        var (refused, problems) = VideoMetadataSource.Read(project.Load(), project.Artifacts, YouTubeLimits.Default);
        Assert.Null(refused);
        Assert.Equal("youtube-title.txt: the title has 101 characters; YouTube allows 100", Assert.Single(problems));
    }

    [Fact]
    public void Tags_of_emoji_count_one_character_each()
    {
        // Two tags of two clusters each, and the comma between them.
        Assert.Equal(2 + 1 + 2, YouTubeLimits.TagsLength([Clusters[0] + Clusters[1], Clusters[2] + Clusters[3]]));
    }

    [Fact]
    public void A_playlist_title_is_counted_in_graphemes_too()
    {
        using var fits = new TestProject($"publish:\n  youtube:\n    playlist: \"{Graphemes(150)}\"");
        var (settings, none) = PublishSettingsReader.Read(fits.Load(), ManualClock.Start);
        Assert.Empty(none);
        Assert.Equal(Graphemes(150), settings!.Playlist);

        using var over = new TestProject($"publish:\n  youtube:\n    playlist: \"{Graphemes(151)}\"");
        var problem = Assert.Single(PublishSettingsReader.Read(over.Load(), ManualClock.Start).Diagnostics);
        Assert.Equal("film.yaml:14:15: publish.youtube.playlist: the title has 151 characters; YouTube allows 150", problem.ToString());
    }
}

using LegacyPress.Core.Trailer;

namespace LegacyPress.Core.Tests.Trailer;

public sealed class SentencesTests
{
    [Fact]
    public void Splits_after_stops_keeping_quotes_with_their_sentence()
    {
        Assert.Equal(
            ["Elias Ward.", "\"Go on, then.\"", "Was it real?", "It was!"],
            Sentences.Split("Elias Ward. \"Go on, then.\"\n   Was it real? It was!"));
    }

    [Fact]
    public void Nothing_to_say_is_no_sentences() => Assert.Empty(Sentences.Split("  "));
}

using LegacyPress.Render.Audio.Speech;

namespace LegacyPress.Render.Tests.Audio.Speech;

public sealed class EspeakVoiceListTests
{
    // Lines of `espeak-ng --voices` (1.51), as printed.
    private const string Listing = """
        Pty Language       Age/Gender VoiceName          File                 Other Languages
         5  af              --/M      Afrikaans          gmw/af
         2  en-gb           --/M      English_(Great_Britain) gmw/en               (en 2)
         5  en-gb-x-rp      --/M      English_(Received_Pronunciation) gmw/en-GB-x-rp       (en-gb 4)(en 5)
         2  en-us           --/M      English_(America)  gmw/en-US            (en 3)
         5  fr-fr           --/M      French_(France)    roa/fr               (fr 5)
         5  cmn             --/M      Chinese_(Mandarin,_latin_as_English) sit/cmn              (zh-cmn 5)(zh 5)
        """;

    private static readonly EspeakVoiceList Voices = EspeakVoiceList.Parse(Listing);

    [Theory]
    [InlineData("en-gb")]
    [InlineData("EN-GB")]
    [InlineData("en")]
    [InlineData("en-us+f3")]
    [InlineData("en-gb-x-rp")]
    [InlineData("en-au")]
    [InlineData("fr")]
    [InlineData("fr-ca")]
    [InlineData("zh")]
    [InlineData("Afrikaans")]
    [InlineData("gmw/en-GB-x-rp")]
    [InlineData("roa/fr")]
    public void Names_espeak_ng_finds_are_known(string voice) => Assert.True(Voices.Knows(voice), voice);

    [Theory]
    [InlineData("xx-nowhere")]
    [InlineData("english")]
    [InlineData("e")]
    [InlineData("+f3")]
    [InlineData("gmw/en-GB")]
    public void Names_espeak_ng_does_not_find_are_not(string voice) => Assert.False(Voices.Knows(voice), voice);

    [Fact]
    public void A_near_miss_gets_a_hint() => Assert.Equal("; did you mean 'en-us'?", Voices.Hint("en-su"));
}

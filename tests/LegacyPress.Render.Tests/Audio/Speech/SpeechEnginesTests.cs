using LegacyPress.Core.Model;
using LegacyPress.Render.Audio.Speech;

namespace LegacyPress.Render.Tests.Audio.Speech;

public sealed class SpeechEnginesTests
{
    [Fact]
    public void The_table_names_exactly_the_engines_film_yaml_accepts()
    {
        using var http = new HttpClient();

        var engines = SpeechEngines.Create(http, new ElevenLabsOptions());

        Assert.Equal(VoiceEngines.Known.Order(StringComparer.Ordinal), engines.Names.Order(StringComparer.Ordinal));
        foreach (var name in VoiceEngines.Known)
        {
            Assert.Equal(name, engines.For(new Voice("v", name, new Dictionary<string, string>())).Name);
        }
    }

    [Fact]
    public void An_engine_that_is_not_registered_is_a_clear_error()
    {
        var engines = new SpeechEngines([new EspeakSpeechEngine()]);

        var error = Assert.Throws<SpeechSynthesisException>(() => engines.For(new Voice("host", "elevenlabs", new Dictionary<string, string>())));

        Assert.Equal("voice 'host' names speech engine 'elevenlabs', which is not available (available: espeak)", error.Message);
    }
}

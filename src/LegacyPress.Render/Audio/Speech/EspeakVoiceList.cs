using System.Text.RegularExpressions;
using LegacyPress.Core.Diagnostics;

namespace LegacyPress.Render.Audio.Speech;

/// <summary>
/// The voices an installed espeak-ng has, as <c>espeak-ng --voices</c> lists them, and whether a <c>voice:</c> setting
/// names one the way espeak-ng's own lookup finds it: a voice name, a voice file, or a language — a region it lacks
/// falling back to its language (<c>en-au</c> speaks <c>en</c>) — each with any <c>+variant</c>.
/// </summary>
internal sealed partial class EspeakVoiceList
{
    private readonly HashSet<string> languages = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> namesAndFiles = new(StringComparer.OrdinalIgnoreCase);

    private EspeakVoiceList()
    {
    }

    /// <summary>The language codes, in listing order, for did-you-mean hints.</summary>
    public IReadOnlyList<string> Languages { get; private set; } = [];

    /// <summary>Reads the table <c>espeak-ng --voices</c> prints: Pty, Language, Age/Gender, VoiceName, File, Other Languages.</summary>
    public static EspeakVoiceList Parse(string listing)
    {
        var list = new EspeakVoiceList();
        var ordered = new List<string>();
        foreach (var line in listing.Split('\n').Skip(1))
        {
            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length < 5)
            {
                continue;
            }
            if (list.languages.Add(columns[1]))
            {
                ordered.Add(columns[1]);
            }
            // Names are listed with '_' for their spaces, which a voice setting cannot hold; one-word names can be given.
            if (!columns[3].Contains('_'))
            {
                list.namesAndFiles.Add(columns[3]);
            }
            list.namesAndFiles.Add(columns[4]);
            foreach (Match other in OtherLanguage().Matches(string.Join(' ', columns.Skip(5))))
            {
                list.languages.Add(other.Groups["code"].Value);
            }
        }
        list.Languages = ordered;
        return list;
    }

    /// <summary>True when espeak-ng would find a voice for <paramref name="voice"/>.</summary>
    public bool Knows(string voice)
    {
        // Any variant is taken: espeak-ng speaks the plain voice when it has no such variant.
        var name = voice.Split('+')[0];
        if (name.Length == 0)
        {
            return false;
        }
        if (namesAndFiles.Contains(name))
        {
            return true;
        }
        for (var tag = name.TrimEnd('-'); tag.Length > 0; tag = tag.Contains('-') ? tag[..tag.LastIndexOf('-')] : "")
        {
            if (languages.Contains(tag))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A did-you-mean for an unknown voice, from the listed languages.</summary>
    public string Hint(string voice) => DidYouMean.Hint(voice.Split('+')[0], Languages);

    [GeneratedRegex(@"\((?<code>[^\s()]+) \d+\)")]
    private static partial Regex OtherLanguage();
}

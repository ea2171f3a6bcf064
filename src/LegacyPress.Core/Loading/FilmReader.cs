using System.Globalization;
using System.Text.RegularExpressions;
using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;
using YamlDotNet.RepresentationModel;

namespace LegacyPress.Core.Loading;

/// <summary>Reads the top level of film.yaml: metadata, output, voices, music, cards; the look goes to <see cref="LookSectionReader"/>, shots to <see cref="ShotReader"/>.</summary>
internal sealed partial class FilmReader(YamlContext context, string directory, string file, IMediaInspector media, FilmLoadOptions options)
{
    private readonly ProjectFiles files = new(context, directory, media);

    public Film Read(MappingReader root)
    {
        var schema = root.Integer("schema");
        if (schema is null && !root.Has("schema"))
        {
            root.ErrorHere($"missing required field 'schema' (this version reads schema {FilmDefaults.SchemaVersion})");
        }
        else if (schema is { } s && s != FilmDefaults.SchemaVersion)
        {
            root.Error("schema", $"unsupported schema version {s} (this version reads schema {FilmDefaults.SchemaVersion})");
        }
        if (root.Raw("runtime") is not null)
        {
            root.Error("runtime", "'runtime' is computed from the timeline and cannot be set; remove it");
        }

        var metadata = ReadMetadata(root);
        var output = ReadOutput(root.Mapping("output", "output"));
        var look = LookSectionReader.Read(root.Mapping("look", "look"), files);
        var voices = ReadVoices(root.Mapping("voices", "voices"));
        var music = ReadMusic(root.Sequence("music"));
        var timing = ReadNarrationTiming(root.Mapping("narration_timing", "narration_timing"));
        var cards = ReadCards(root);
        var filmTiming = TimingReader.ReadFilm(root);
        var bible = BibleSectionReader.Read(root.Mapping("bible", "bible"), files);
        var generate = GenerateSectionReader.Read(root.Mapping("generate", "generate"), files);
        var acts = ReadActs(root, voices, filmTiming, bible);
        ComposedPromptCheck.Report(bible, acts, context.Diagnostics);
        MusicAnchorCheck.Report(music, acts, context.Diagnostics);
        LookGroupCheck.Report(look, acts, context.Diagnostics);
        var promo = ReadFree(root, "promo");
        var publish = ReadFree(root, "publish");
        var audio = AudioSectionReader.Read(root.Mapping("audio", "audio"));
        var trailer = TrailerSectionReader.Read(root.Mapping("trailer", "trailer"), acts, files);
        root.Finish();

        return new Film(new ProjectInfo(directory, file, schema ?? FilmDefaults.SchemaVersion), metadata, output, look, voices, music, cards, acts, timing, promo, publish)
        {
            Audio = audio,
            Trailer = trailer,
            Timing = filmTiming,
            Bible = bible,
            Generate = generate,
        };
    }

    private FilmMetadata ReadMetadata(MappingReader root)
    {
        var title = root.RequiredText("title");
        var version = root.Text("version") ?? FilmDefaults.Version;
        // The release is written to artifacts/<version>/: a version is one folder name, never a path.
        if (PathSegment.Problem(version) is { } badVersion)
        {
            root.Error("version", $"'version' {badVersion}, got '{version}' (it names the release folder artifacts/<version>/)");
            version = FilmDefaults.Version;
        }
        DateOnly? release = null;
        if (root.Text("release_date") is { } date)
        {
            if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                release = d;
            }
            else
            {
                root.Error("release_date", $"'release_date' must be a date like 2026-12-31, got '{date}'");
            }
        }
        var language = root.Text("language") ?? FilmDefaults.Language;
        if (!LanguageTag().IsMatch(language))
        {
            root.Error("language", $"'language' must be a language tag like 'en' or 'pt-BR', got '{language}'");
        }
        return new FilmMetadata(
            title,
            root.Text("tagline"),
            root.Text("logline"),
            root.Text("synopsis"),
            version,
            release,
            language,
            root.TextList("genre"),
            ReadCredits(root.Mapping("credits", "credits")),
            ReadContact(root.Mapping("contact", "contact")),
            ReadLinks(root.Mapping("links", "links")));
    }

    private static List<Credit> ReadCredits(MappingReader? map)
    {
        var credits = new List<Credit>();
        if (map is null)
        {
            return credits;
        }
        foreach (var (key, _) in map.Node.Children)
        {
            if (key is not YamlScalarNode { Value: { } role })
            {
                continue;
            }
            var names = map.TextList(role);
            if (names.Count == 0 || names.Any(string.IsNullOrWhiteSpace))
            {
                map.Error(role, $"role '{role}' needs at least one name");
            }
            credits.Add(new Credit(role, names.Where(n => !string.IsNullOrWhiteSpace(n)).ToList()));
        }
        map.Finish();
        return credits;
    }

    private static Contact? ReadContact(MappingReader? map)
    {
        if (map is null)
        {
            return null;
        }
        var contact = new Contact(map.Text("name"), map.Text("email"), map.Text("website"), map.Text("phone"));
        if (contact.Email is { } email && !email.Contains('@'))
        {
            map.Error("email", $"'email' does not look like an e-mail address: '{email}'");
        }
        // The website becomes a clickable link in the press kit: only a web address may (never javascript: or file:).
        if (contact.Website is { } website && !LinkSchemes.IsWebAddress(website))
        {
            map.Error("website", $"'website' must be an http(s) URL, got '{website}'");
        }
        map.Finish();
        return contact;
    }

    private static List<Link> ReadLinks(MappingReader? map)
    {
        var links = new List<Link>();
        if (map is null)
        {
            return links;
        }
        foreach (var (key, _) in map.Node.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                continue;
            }
            var url = map.Text(name) ?? "";
            if (!LinkSchemes.IsWebAddress(url))
            {
                map.Error(name, $"link '{name}' must be an http(s) URL, got '{url}'");
            }
            links.Add(new Link(name, url));
        }
        map.Finish();
        return links;
    }

    private static OutputFormat ReadOutput(MappingReader? map)
    {
        var preset = OutputPresets.Find(FilmDefaults.OutputPreset)!;
        if (map is null)
        {
            return new OutputFormat(preset.Name, preset.WidthPixels, preset.HeightPixels, FilmDefaults.FrameRate);
        }
        if (map.Text("preset") is { } name)
        {
            if (OutputPresets.Find(name) is { } found)
            {
                preset = found;
            }
            else
            {
                var names = OutputPresets.All.Select(p => p.Name).ToList();
                map.Error("preset", $"unknown output preset '{name}'{DidYouMean.Hint(name, names)} (known: {string.Join(", ", names)})");
            }
        }
        var width = EvenPixels(map, "width") ?? preset.WidthPixels;
        var height = EvenPixels(map, "height") ?? preset.HeightPixels;
        var rate = FrameRateReader.Read(map, "fps") ?? FilmDefaults.FrameRate;
        map.Finish();
        var presetName = width == preset.WidthPixels && height == preset.HeightPixels ? preset.Name : OutputPresets.CustomName;
        return new OutputFormat(presetName, width, height, rate);
    }

    private static int? EvenPixels(MappingReader map, string key)
    {
        var n = map.Integer(key);
        if (n is null)
        {
            return null;
        }
        // H.264 in yuv420p halves chroma in both directions, so odd sizes cannot be encoded.
        if (n < 16 || n > 8192 || n % 2 != 0)
        {
            map.Error(key, $"'{key}' must be an even number of pixels between 16 and 8192, got {n}");
            return null;
        }
        return n;
    }

    private Dictionary<string, Voice> ReadVoices(MappingReader? map)
    {
        var voices = new Dictionary<string, Voice>(StringComparer.Ordinal) { [FilmDefaults.NarrationVoice] = FilmDefaults.DefaultVoice };
        if (map is null)
        {
            return voices;
        }
        foreach (var (key, _) in map.Node.Children)
        {
            if (key is not YamlScalarNode { Value: { } id })
            {
                continue;
            }
            var voice = map.Mapping(id, $"voice '{id}'");
            if (voice is null)
            {
                map.Raw(id);
                continue;
            }
            var engine = voice.RequiredText("engine");
            if (engine.Length > 0 && !VoiceEngines.Known.Contains(engine))
            {
                voice.Error("engine", $"unknown speech engine '{engine}'{DidYouMean.Hint(engine, VoiceEngines.Known)} (known: {string.Join(", ", VoiceEngines.Known)})");
            }
            var settings = new Dictionary<string, string>(StringComparer.Ordinal);
            var marks = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            if (voice.Mapping("settings", $"voice '{id}' settings") is { } s)
            {
                foreach (var (sk, _) in s.Node.Children)
                {
                    if (sk is YamlScalarNode { Value: { } name } && s.Text(name) is { } value)
                    {
                        settings[name] = value;
                        marks[name] = s.At(name);
                    }
                }
                s.Finish();
            }
            voice.Finish();
            // The engines judge their own settings (check asks them); the marks let it point at the value.
            voices[id] = new Voice(id, engine, settings) { Location = voice.Location, SettingMarks = marks };
        }
        map.Finish();
        return voices;
    }

    private List<MusicTrack> ReadMusic(YamlSequenceNode? list)
    {
        var tracks = new List<MusicTrack>();
        if (list is null)
        {
            return tracks;
        }
        var index = 0;
        foreach (var item in list.Children)
        {
            index++;
            var map = MappingReader.For(context, item, $"music track {index}");
            if (map is null)
            {
                continue;
            }
            var id = map.Text("id") ?? $"music-{index}";
            map = new MappingReader(context, map.Node, $"music '{id}'");
            map.Raw("id");
            var path = map.RequiredText("file");
            double? length = null;
            string? full = null;
            if (path.Length > 0)
            {
                full = files.Existing(map, "file", path, FilmDefaults.AudioExtensions, "audio");
                length = full is null ? null : files.AudioLength(map, "file", path, full);
            }
            var start = map.NonNegativeNumber("start") ?? 0;
            var end = map.PositiveNumber("end", "seconds");
            if (end is { } e && e <= start)
            {
                map.Error("end", $"'end' ({FilmLoader.Format(e)} s) must be after 'start' ({FilmLoader.Format(start)} s)");
            }
            Ducking? ducking = new(FilmDefaults.DuckGainDb, FilmDefaults.DuckAttackSeconds, FilmDefaults.DuckReleaseSeconds);
            var duckNode = map.Raw("duck");
            if (duckNode is YamlScalarNode { Value: "false" })
            {
                ducking = null;
            }
            else if (map.Mapping("duck", $"music '{id}' duck") is { } duck)
            {
                var gain = duck.NumberInRange("gain_db", -60, 0) ?? FilmDefaults.DuckGainDb;
                ducking = new Ducking(gain, duck.NonNegativeNumber("attack") ?? FilmDefaults.DuckAttackSeconds, duck.NonNegativeNumber("release") ?? FilmDefaults.DuckReleaseSeconds);
                duck.Finish();
            }
            var offset = map.NonNegativeNumber("offset") ?? 0;
            var loop = map.Bool("loop") ?? false;
            var fadeIn = map.NonNegativeNumber("fade_in") ?? FilmDefaults.MusicFadeInSeconds;
            var fadeOut = map.NonNegativeNumber("fade_out") ?? FilmDefaults.MusicFadeOutSeconds;
            AudioFileSpans.Offset(map, path, offset, length);
            AudioFileSpans.Fades(map, fadeIn, fadeOut, AudioFileSpans.MusicPlays(length, offset, loop, start, end));
            var grid = MusicGridReader.Read(map, path, length);
            tracks.Add(new MusicTrack(
                id, path, start, end, offset, loop,
                map.NumberInRange("gain_db", -60, 12) ?? FilmDefaults.MusicGainDb,
                fadeIn, fadeOut, ducking, length)
            {
                Grid = grid,
                Location = map.Location,
            });
            map.Finish();
        }
        return tracks;
    }

    private static NarrationTiming ReadNarrationTiming(MappingReader? map)
    {
        var d = FilmDefaults.NarrationTiming;
        if (map is null)
        {
            return d;
        }
        var timing = new NarrationTiming(
            map.NonNegativeNumber("lead_in") ?? d.LeadInSeconds,
            map.NonNegativeNumber("tail") ?? d.TailSeconds,
            map.PositiveNumber("silent_shot", "seconds") ?? d.SilentShotSeconds,
            map.PositiveNumber("words_per_second", "words per second") ?? d.EstimatedWordsPerSecond);
        map.Finish();
        return timing;
    }

    private Cards ReadCards(MappingReader root)
    {
        var map = root.Mapping("cards", "cards");
        var cardTransition = new TransitionSpec(FilmDefaults.CardTransition, FilmDefaults.CardTransitionSeconds, FilmDefaults.TransitionEasing);
        if (map is null)
        {
            return new Cards(
                new OpeningCard(FilmDefaults.OpeningCardSeconds, cardTransition),
                new ActCards(FilmDefaults.ActCardSeconds, cardTransition),
                new CreditsCard(null));
        }
        OpeningCard? opening = null;
        if (!IsOff(map, "opening"))
        {
            var m = map.Mapping("opening", "opening card");
            opening = new OpeningCard(m?.PositiveNumber("duration", "seconds") ?? FilmDefaults.OpeningCardSeconds, TransitionReader.Read(m, "transition", cardTransition));
            m?.Finish();
        }
        ActCards? acts = null;
        if (!IsOff(map, "acts"))
        {
            var m = map.Mapping("acts", "act cards");
            acts = new ActCards(m?.PositiveNumber("duration", "seconds") ?? FilmDefaults.ActCardSeconds, TransitionReader.Read(m, "transition", cardTransition));
            m?.Finish();
        }
        CreditsCard? credits = null;
        if (!IsOff(map, "credits"))
        {
            var m = map.Mapping("credits", "credits card");
            credits = new CreditsCard(m?.PositiveNumber("duration", "seconds"));
            m?.Finish();
        }
        map.Finish();
        return new Cards(opening, acts, credits);
    }

    private static bool IsOff(MappingReader map, string key) => map.Raw(key) is YamlScalarNode { Value: "false" };

    private List<Act> ReadActs(MappingReader root, IReadOnlyDictionary<string, Voice> voices, TimingSnap filmTiming, PromptBible bible)
    {
        var acts = new List<Act>();
        var list = root.Sequence("acts");
        if (list is null)
        {
            if (!root.Has("acts"))
            {
                root.ErrorHere("missing required field 'acts' (a list of acts, each with a title and shots)");
            }
            return acts;
        }
        if (list.Children.Count == 0)
        {
            root.Error("acts", "'acts' is empty; a film needs at least one act with one shot");
        }
        var shots = new ShotReader(context, files, voices, bible, options);
        var number = 0;
        foreach (var item in list.Children)
        {
            number++;
            var map = MappingReader.For(context, item, $"act {number}");
            if (map is null)
            {
                continue;
            }
            var title = map.RequiredText("title");
            var actReader = new MappingReader(context, map.Node, title.Length > 0 ? $"act '{title}'" : $"act {number}");
            actReader.Raw("title");
            var shotList = actReader.Sequence("shots");
            if (shotList is null || shotList.Children.Count == 0)
            {
                actReader.ErrorHere("needs at least one shot under 'shots'");
            }
            var actShots = shotList is null ? [] : shotList.Children.Select(shots.Read).OfType<Shot>().ToList();
            var lookGroup = LookGroupNames.Read(actReader);
            var lookMatch = LookMatchReader.Read(actReader, $"{actReader.Subject} match", referenceAllowed: false);
            var actTiming = TimingReader.ReadOverride(actReader, $"{actReader.Subject} timing")?.Over(filmTiming);
            // A shot's timing fills what it leaves out from its act's, which fills from the film's.
            actShots = actShots.Select(s => shots.Timings.TryGetValue(s, out var own) ? s with { Timing = own.Over(actTiming ?? filmTiming) } : s).ToList();
            actReader.Finish();
            acts.Add(new Act(number, title, actShots, context.At(item)) { LookGroup = lookGroup, LookMatch = lookMatch, Timing = actTiming });
        }
        shots.ReportDuplicateIds();
        return acts;
    }

    private FreeSection ReadFree(MappingReader root, string key)
    {
        var node = root.Raw(key);
        if (node is null)
        {
            return FreeSection.Empty;
        }
        if (node is not YamlMappingNode map)
        {
            root.Error(key, $"'{key}' must be a mapping");
            return FreeSection.Empty;
        }
        var (values, keys) = FreeValues.Marks(map, context.At);
        return new FreeSection(FreeValues.ToDictionary(map), context.At(node)) { Marks = values, KeyMarks = keys };
    }

    [GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}

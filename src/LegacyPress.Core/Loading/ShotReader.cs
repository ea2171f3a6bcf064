using System.Text.RegularExpressions;
using LegacyPress.Core.Diagnostics;
using LegacyPress.Core.Model;
using YamlDotNet.RepresentationModel;

namespace LegacyPress.Core.Loading;

/// <summary>Reads one shot: image, duration, motion, focus, transition, narration, sound cues, texts.</summary>
internal sealed partial class ShotReader(YamlContext context, ProjectFiles files, IReadOnlyDictionary<string, Voice> voices, PromptBible bible, FilmLoadOptions options)
{
    private readonly List<(string Id, YamlNode Node)> ids = [];

    /// <summary>Each shot's own <c>timing</c> as written, resolved against its act's once the act is read.</summary>
    public Dictionary<Shot, TimingOverride> Timings { get; } = new(ReferenceEqualityComparer.Instance);
    private int count;

    public Shot? Read(YamlNode node)
    {
        count++;
        var first = MappingReader.For(context, node, $"shot {count}");
        if (first is null)
        {
            return null;
        }
        var id = first.Text("id");
        var map = new MappingReader(context, first.Node, id is { Length: > 0 } ? $"shot '{id}'" : $"shot {count}");
        if (string.IsNullOrWhiteSpace(id))
        {
            map.ErrorHere("missing required field 'id'");
            id = $"shot-{count}";
        }
        else
        {
            map.Raw("id");
            if (!IdPattern().IsMatch(id))
            {
                map.Error("id", $"id '{id}' must be lowercase letters, digits and dashes (it names files and chapters)");
            }
            ids.Add((id, map.Raw("id")!));
        }

        var characters = ReadCharacters(map);
        var place = ReadPlace(map);
        var prompt = map.Text("prompt");
        var generatable = !string.IsNullOrWhiteSpace(prompt) || characters.Count > 0 || place is not null;
        var (image, imageWritten) = ReadImage(map, id, generatable);

        var duration = ReadDuration(map);
        var focus = ReadFocus(map);
        var motion = ReadMotion(map, focus);
        var fit = map.Choice("fit", FitNames, "fit") ?? Fit.Cover;
        var transition = TransitionReader.Read(map, "transition",
            new TransitionSpec(FilmDefaults.ShotTransition, FilmDefaults.ShotTransitionSeconds, FilmDefaults.TransitionEasing));
        var narration = ReadNarration(map);
        var sounds = ReadSounds(map, duration);
        var shot = new Shot(
            id, image, duration, motion, focus, fit, transition, narration, sounds,
            map.Text("title"), map.Text("caption"), prompt,
            map.Bool("trailer") ?? false,
            context.At(node))
        {
            LookGroup = LookGroupNames.Read(map),
            LookMatch = LookMatchReader.Read(map, $"{map.Subject} match", referenceAllowed: false),
            StartAnchor = MusicAnchorReader.Read(map, "at", beatAllowed: false) as MusicAnchor.Marker,
            Characters = characters,
            Place = place,
            Seed = BibleSectionReader.ReadSeed(map, "seed"),
            ImageWritten = imageWritten,
        };
        if (TimingReader.ReadOverride(map, $"{map.Subject} timing") is { } timing)
        {
            Timings[shot] = timing;
        }
        map.Finish();
        return shot;
    }

    public void ReportDuplicateIds()
    {
        foreach (var group in ids.GroupBy(i => i.Id).Where(g => g.Count() > 1))
        {
            var firstLine = group.First().Node.Start.Line;
            foreach (var (id, node) in group.Skip(1))
            {
                context.Error(node, $"shot '{id}': duplicate shot id (first used on line {firstLine})");
            }
        }
    }

    /// <summary>
    /// The still: as written, or for a shot that can be generated and writes none, <c>images/&lt;id&gt;.png</c>. A
    /// generatable still that does not exist yet is fine where <see cref="FilmLoadOptions.ImagesMayBeMissing"/>, and
    /// elsewhere reported with the command that makes it.
    /// </summary>
    private (string Path, bool Written) ReadImage(MappingReader map, string id, bool generatable)
    {
        var written = map.Text("image");
        if (string.IsNullOrWhiteSpace(written) && !generatable)
        {
            map.RequiredText("image");
            return ("", true);
        }
        var image = string.IsNullOrWhiteSpace(written) ? $"images/{id}.png" : written;
        if (generatable && files.IsMissing(image))
        {
            if (!options.ImagesMayBeMissing)
            {
                map.Error("image", $"image '{image}' not found; run 'legacypress generate' to make it from the shot's prompt (docs/generate.md)");
            }
        }
        else
        {
            files.Image(map, "image", image);
        }
        return (image, !string.IsNullOrWhiteSpace(written));
    }

    private List<string> ReadCharacters(MappingReader map)
    {
        var named = map.TextList("characters");
        var characters = new List<string>();
        foreach (var id in named)
        {
            if (!bible.Characters.ContainsKey(id))
            {
                map.Error("characters", $"unknown character '{id}'{DidYouMean.Hint(id, bible.Characters.Keys)} (define it under 'bible: characters:')");
            }
            else if (characters.Contains(id))
            {
                map.Error("characters", $"character '{id}' is named twice");
            }
            else
            {
                characters.Add(id);
            }
        }
        if (characters.Count > GenerationLimits.MaxCharactersPerShot)
        {
            map.Error("characters", $"{characters.Count} characters; a shot may name at most {GenerationLimits.MaxCharactersPerShot} (see docs/limits.md)");
        }
        return characters;
    }

    private string? ReadPlace(MappingReader map)
    {
        var place = map.Text("place");
        if (place is not null && !bible.Places.ContainsKey(place))
        {
            map.Error("place", $"unknown place '{place}'{DidYouMean.Hint(place, bible.Places.Keys)} (define it under 'bible: places:')");
        }
        return place;
    }

    private static ShotDuration ReadDuration(MappingReader map)
    {
        var node = map.Raw("duration");
        if (node is null or YamlScalarNode { Value: "auto" })
        {
            return new ShotDuration.Auto();
        }
        // One message for a bad duration: "must be a number" alone would hide that 'auto' is allowed too.
        var seconds = MappingReader.TryParseNumber(node);
        if (seconds is null)
        {
            map.Error("duration", $"'duration' must be seconds (e.g. 6.5) or 'auto', got {MappingReader.Describe(node)}");
            return new ShotDuration.Auto();
        }
        if (seconds <= 0)
        {
            map.Error("duration", $"'duration' must be greater than zero seconds, got {FilmLoader.Format(seconds.Value)}");
            return new ShotDuration.Auto();
        }
        if (seconds > FilmLimits.MaxRuntimeSeconds)
        {
            map.Error("duration", $"'duration' must be at most {FilmLimits.MaxRuntimeText}, the longest film, got {FilmLoader.Format(seconds.Value)}");
            return new ShotDuration.Auto();
        }
        return new ShotDuration.Fixed(seconds.Value) { Location = map.At("duration") };
    }

    private FocusPoint ReadFocus(MappingReader map)
    {
        var node = map.Raw("focus");
        if (node is null)
        {
            return FocusPoint.Centre;
        }
        return ReadPoint(map, "focus", node) is { } p ? new FocusPoint(p.X, p.Y) : FocusPoint.Centre;
    }

    /// <summary>Reads a normalised point written <c>[x, y]</c> or <c>{x: .., y: ..}</c>; both must be in 0..1.</summary>
    private (double X, double Y)? ReadPoint(MappingReader owner, string key, YamlNode node)
    {
        double? x = null, y = null;
        switch (node)
        {
            case YamlSequenceNode { Children.Count: 2 } seq:
                x = owner.ParseNumber(key, seq.Children[0]);
                y = owner.ParseNumber(key, seq.Children[1]);
                break;
            case YamlMappingNode m:
                var pm = new MappingReader(context, m, owner.Subject);
                x = pm.Number("x");
                y = pm.Number("y");
                if (!pm.Has("x") || !pm.Has("y"))
                {
                    context.Error(node, $"{owner.Subject}: '{key}' needs both 'x' and 'y', from 0 to 1");
                }
                pm.Finish();
                break;
            default:
                context.Error(node, $"{owner.Subject}: '{key}' must be a point [x, y] with x and y from 0 to 1");
                return null;
        }
        if (x is null || y is null)
        {
            return null;
        }
        if (x < 0 || x > 1 || y < 0 || y > 1)
        {
            context.Error(node, $"{owner.Subject}: '{key}' ({FilmLoader.Format(x.Value)}, {FilmLoader.Format(y.Value)}) is outside the image; x and y must be from 0 to 1");
            return null;
        }
        return (x.Value, y.Value);
    }

    private MotionSpec ReadMotion(MappingReader map, FocusPoint focus)
    {
        var fallback = new MotionSpec.Preset(MotionPreset.Auto, FilmDefaults.MotionAmount, FilmDefaults.MotionEasing);
        var node = map.Raw("motion");
        if (node is null)
        {
            return fallback;
        }
        if (node is YamlScalarNode)
        {
            return map.Choice("motion", MotionNames.Presets, "motion preset") is { } kind
                ? fallback with { Kind = kind }
                : fallback;
        }
        var m = MappingReader.For(context, node, $"{map.Subject} motion");
        if (m is null)
        {
            return fallback;
        }
        var easing = m.Choice("easing", MotionNames.Easings, "easing") ?? FilmDefaults.MotionEasing;
        MotionSpec result;
        if (m.Has("start") || m.Has("end"))
        {
            var start = ReadFraming(m, "start", focus);
            var end = ReadFraming(m, "end", focus);
            if (m.Has("preset"))
            {
                m.Error("preset", "give either 'preset' or 'start'/'end' framing, not both");
            }
            result = new MotionSpec.Explicit(start, end, easing);
        }
        else
        {
            var kind = m.Choice("preset", MotionNames.Presets, "motion preset") ?? MotionPreset.Auto;
            var amount = m.NumberInRange("amount", 0, 1) ?? FilmDefaults.MotionAmount;
            result = new MotionSpec.Preset(kind, amount, easing);
        }
        m.Finish();
        return result;
    }

    private Framing ReadFraming(MappingReader motion, string key, FocusPoint focus)
    {
        var whole = new Framing(1, focus.X, focus.Y);
        var f = motion.Mapping(key, $"{motion.Subject} {key}");
        if (f is null)
        {
            if (!motion.Has(key))
            {
                motion.ErrorHere($"explicit motion needs both 'start' and 'end' (missing '{key}')");
            }
            return whole;
        }
        Framing result;
        if (f.Raw("rect") is { } rectNode)
        {
            result = ReadRect(f, rectNode) ?? whole;
            if (f.Has("zoom") || f.Has("center"))
            {
                f.ErrorHere("give either 'rect' or 'zoom'/'center', not both");
            }
        }
        else
        {
            var zoom = f.NumberInRange("zoom", 1, 8) ?? 1;
            var centre = f.Raw("center") is { } c ? ReadPoint(f, "center", c) : (focus.X, focus.Y);
            centre ??= (focus.X, focus.Y);
            result = new Framing(zoom, centre.Value.X, centre.Value.Y);
        }
        f.Finish();
        return result;
    }

    /// <summary>
    /// A rectangle [x, y, w, h] of the still (normalised). The frame's aspect is kept, so the rectangle's
    /// larger normalised side sets the zoom and its centre sets the view's centre.
    /// </summary>
    private Framing? ReadRect(MappingReader f, YamlNode node)
    {
        if (node is not YamlSequenceNode { Children.Count: 4 } seq)
        {
            context.Error(node, $"{f.Subject}: 'rect' must be [x, y, width, height] from 0 to 1");
            return null;
        }
        var v = seq.Children.Select(n => f.ParseNumber("rect", n)).ToArray();
        if (v.Any(n => n is null))
        {
            return null;
        }
        double x = v[0]!.Value, y = v[1]!.Value, w = v[2]!.Value, h = v[3]!.Value;
        if (w <= 0 || h <= 0 || x < 0 || y < 0 || x + w > 1.0000001 || y + h > 1.0000001)
        {
            context.Error(node, $"{f.Subject}: 'rect' must lie inside the image (x, y >= 0, width and height > 0, x + width and y + height <= 1)");
            return null;
        }
        return new Framing(Math.Min(8, 1 / Math.Max(w, h)), x + w / 2, y + h / 2);
    }

    private Narration? ReadNarration(MappingReader map)
    {
        var node = map.Raw("narration");
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode { Value: { } text }:
                return new Narration(text, null, VoiceOrReport(map, "narration", FilmDefaults.NarrationVoice), null);
        }
        var n = MappingReader.For(context, node, $"{map.Subject} narration");
        if (n is null)
        {
            return null;
        }
        var spoken = n.Text("text");
        var audio = n.Text("audio");
        double? length = null;
        if (audio is not null && files.Existing(n, "audio", audio, FilmDefaults.AudioExtensions, "audio") is { } full)
        {
            length = files.AudioLength(n, "audio", audio, full);
        }
        if (string.IsNullOrWhiteSpace(spoken) && audio is null)
        {
            n.ErrorHere("needs 'text', 'audio' or both");
        }
        var voice = VoiceOrReport(n, "voice", n.Text("voice") ?? FilmDefaults.NarrationVoice);
        n.Finish();
        return new Narration(string.IsNullOrWhiteSpace(spoken) ? null : spoken.Trim(), audio, voice, length);
    }

    private string VoiceOrReport(MappingReader map, string key, string voice)
    {
        if (!voices.ContainsKey(voice))
        {
            map.Error(key, $"unknown voice '{voice}'{DidYouMean.Hint(voice, voices.Keys)} (define it under 'voices')");
        }
        return voice;
    }

    private List<SoundCue> ReadSounds(MappingReader map, ShotDuration duration)
    {
        var cues = new List<SoundCue>();
        if (map.Sequence("sfx") is not { } list)
        {
            return cues;
        }
        foreach (var item in list.Children)
        {
            var c = MappingReader.For(context, item, $"{map.Subject} sfx");
            if (c is null)
            {
                continue;
            }
            var anchored = MusicAnchorReader.IsAnchor(c, "at");
            var anchor = anchored ? MusicAnchorReader.Read(c, "at", beatAllowed: true) : null;
            var at = anchored ? 0 : c.NonNegativeNumber("at") ?? 0;
            if (!c.Has("at"))
            {
                c.ErrorHere("missing required field 'at' (seconds from the shot's start, or { beat: N } or { marker: name })");
            }
            if (!anchored && duration is ShotDuration.Fixed f && at >= f.Seconds)
            {
                c.Error("at", $"cue at {FilmLoader.Format(at)} s is outside its shot ({FilmLoader.Format(f.Seconds)} s long)");
            }
            var generated = GeneratedSoundReader.IsGenerated(c) ? GeneratedSoundReader.Read(c) : null;
            var effect = GeneratedSoundReader.IsGenerated(c) ? null : c.Text("effect");
            var file = c.Text("file");
            if (effect is not null && !SoundEffectNames.Known.Contains(effect))
            {
                c.Error("effect", $"unknown sound effect '{effect}'{DidYouMean.Hint(effect, SoundEffectNames.Known)} (known: {string.Join(", ", SoundEffectNames.Known)})");
            }
            double? fileSeconds = null;
            if (file is not null && files.Existing(c, "file", file, FilmDefaults.AudioExtensions, "audio") is { } full)
            {
                fileSeconds = files.AudioLength(c, "file", file, full);
            }
            if (c.Has("effect") == c.Has("file"))
            {
                c.ErrorHere("a sound cue needs exactly one of 'effect' (a synthesised sound, or { generate: ... }) or 'file'");
            }
            var cueSeconds = GeneratedSoundReader.IsGenerated(c) ? null : c.PositiveNumber("duration", "seconds");
            if (file is not null)
            {
                AudioFileSpans.Trim(c, file, cueSeconds, fileSeconds);
            }
            cues.Add(new SoundCue(
                at, effect, file,
                cueSeconds,
                c.NumberInRange("pitch", 0.25, 4) ?? FilmDefaults.SoundPitch,
                c.NumberInRange("intensity", 0, 2) ?? FilmDefaults.SoundIntensity,
                c.Integer("seed") ?? FilmDefaults.SoundSeed,
                c.NumberInRange("gain_db", -60, 12) ?? FilmDefaults.SoundGainDb,
                context.At(item)) { Anchor = anchor, Generated = generated });
            c.Finish();
        }
        return cues;
    }

    private static readonly Dictionary<string, Fit> FitNames = new() { ["cover"] = Fit.Cover, ["contain"] = Fit.Contain };

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();
}

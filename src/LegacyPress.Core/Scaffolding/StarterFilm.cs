using System.Globalization;
using System.Text;

namespace LegacyPress.Core.Scaffolding;

/// <summary>
/// The film.yaml <c>legacypress new</c> writes: one act of still shots of <see cref="ShotSeconds"/> each with auto
/// motion, the title and opening cards on, and comments that show the fields a film-maker reaches for next. It loads
/// and plans as written, so <c>check</c> and <c>render</c> work before anything is edited.
/// </summary>
public static class StarterFilm
{
    /// <summary>
    /// How long each shot lasts. Explicit rather than <c>auto</c>: without narration <c>auto</c> means the silent-shot
    /// length, which says nothing to someone reading the file; with a number they see what to change.
    /// </summary>
    public const int ShotSeconds = 5;

    /// <summary>The act every starter film has; its card reads "Act I — Beginning".</summary>
    public const string ActTitle = "Beginning";

    public static string Yaml(string title, IReadOnlyList<StarterShot> shots)
    {
        ArgumentOutOfRangeException.ThrowIfZero(shots.Count);
        var yaml = new StringBuilder();
        yaml.Append($$"""
            # {{OneLine(title)}}: a LegacyPress film.
            # `legacypress check` validates this file and every file it names; `legacypress render --preset preview`
            # makes a quick film of it. Every field is described in LegacyPress's docs/film-yaml.md, and an editor with
            # the YAML language server completes them from film.schema.json beside this file.
            schema: 1

            title: {{Quote(title)}}
            # tagline: "One line under the title on the opening card."
            # logline: "The premise in a sentence or two, for the promo texts and the press kit."
            version: 1.0.0       # names the release folder: artifacts/1.0.0/

            output:
              preset: final      # final 1920x1080, 4k, vertical, square or preview 640x360 (--preset overrides it per run)
              fps: 30

            # credits:           # the end-credits roll, shown once it lists someone
            #   Written and directed by: [Your Name]

            # music:
            #   - id: score
            #     file: music/score.ogg
            #     gain_db: -6

            acts:

            """);
        yaml.Append(Commented($"  - title: {Quote(ActTitle)}", "shown on the act card before its shots"));
        yaml.Append("    shots:\n");
        for (var i = 0; i < shots.Count; i++)
        {
            AppendShot(yaml, shots[i], explained: i == 0);
        }
        return yaml.ToString();
    }

    /// <summary>A title from a folder name: <c>my-first_film</c> is "My First Film".</summary>
    public static string TitleFor(string folderName)
    {
        var words = folderName.Split(['-', '_', '.', ' '], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0
            ? "Untitled Film"
            : string.Join(' ', words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    /// <summary>One shot; the first one carries a comment on each line, so the file teaches without being a manual.</summary>
    private static void AppendShot(StringBuilder yaml, StarterShot shot, bool explained)
    {
        void Line(string field, string comment) => yaml.Append(explained ? Commented(field, comment) : $"{field}\n");
        Line($"      - id: {shot.Id}", "lowercase letters, digits and dashes; names files and chapters");
        Line($"        image: {Quote(shot.Image)}", "a .jpg, .jpeg, .png or .webp still in this folder");
        Line($"        duration: {ShotSeconds}", "seconds on screen; auto fits the narration once there is some");
        Line("        motion: auto", "or still, zoom-in, zoom-out, pan-left, pan-right, pan-up, pan-down");
        Line($"        focus: [{Number(shot.Focus.X)}, {Number(shot.Focus.Y)}]", "where the subject is: (0, 0) top-left to (1, 1) bottom-right");
        if (shot.Caption is { } caption)
        {
            yaml.Append($"        caption: {Quote(caption)}\n");
        }
        if (explained)
        {
            yaml.Append("        # narration: \"What the narrator says over this shot.\"\n");
        }
    }

    /// <summary>A line with its comment in the column all the starter's comments share, after the longest field it writes.</summary>
    private static string Commented(string field, string comment) => $"{field,-44}# {comment}\n";

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A YAML double-quoted scalar: any text (a file name with a colon or a quote) reads back as written.</summary>
    private static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' or '\u007f' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }

    /// <summary>Text fit for a comment line: a line break would end the comment and start YAML.</summary>
    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}

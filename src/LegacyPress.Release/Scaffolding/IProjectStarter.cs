namespace LegacyPress.Release.Scaffolding;

/// <summary>One way to start a project (<c>legacypress new --empty</c>, <c>--from-images</c>, <c>--sample</c>): what stops it, and the film it writes.</summary>
public interface IProjectStarter
{
    /// <summary>A few words on what the new project holds, for the message after it is made.</summary>
    string Describe { get; }

    /// <summary>Every reason it cannot start, found before anything is written; empty when it can.</summary>
    IReadOnlyList<string> Problems();

    /// <summary>Writes film.yaml and the files it names into the new folder.</summary>
    void Write(NewProjectFolder project);
}

namespace LegacyPress.Tools.ScoreGen;

/// <summary>One act of the score: a name, where it starts, and its chords, one per <see cref="LegacyScore.ChordSeconds"/>.</summary>
public sealed record Section(string Name, double StartSeconds, IReadOnlyList<Chord> Chords)
{
    public double EndSeconds => StartSeconds + (Chords.Count * LegacyScore.ChordSeconds);

    public double ChordStartSeconds(int index) => StartSeconds + (index * LegacyScore.ChordSeconds);
}

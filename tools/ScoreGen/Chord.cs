namespace LegacyPress.Tools.ScoreGen;

/// <summary>A chord of the score: its name, a bass root, the pad's voicing (MIDI notes) and the scale its melodies use.</summary>
public sealed record Chord(string Name, int BassMidi, int[] PadMidi, bool RaisedSeventh = false)
{
    // D natural minor from D: D E F G A Bb C.
    private static readonly int[] MinorSteps = [0, 2, 3, 5, 7, 8, 10];

    public static Chord Dm { get; } = new("Dm", 38, [50, 57, 62, 65]);
    public static Chord Gm { get; } = new("Gm", 43, [50, 55, 58, 62]);
    public static Chord Bb { get; } = new("Bb", 46, [50, 53, 58, 62]);
    public static Chord F { get; } = new("F", 41, [48, 53, 57, 60]);
    public static Chord C { get; } = new("C", 36, [48, 52, 55, 60]);

    /// <summary>The dominant borrows harmonic minor's C♯ so it pulls home to D minor.</summary>
    public static Chord A { get; } = new("A", 45, [49, 52, 57, 61], RaisedSeventh: true);

    /// <summary>The MIDI note <paramref name="steps"/> scale steps from this chord's root, the root taken at or above <paramref name="lowestRootMidi"/>.</summary>
    public int ScaleNote(int steps, int lowestRootMidi)
    {
        int rootClass = BassMidi % 12;
        int rootMidi = lowestRootMidi + ((rootClass - (lowestRootMidi % 12) + 12) % 12);
        int rootDegree = Array.IndexOf(MinorSteps, (rootClass - 2 + 12) % 12);
        return rootMidi + Semitones(rootDegree + steps) - Semitones(rootDegree);
    }

    public static double Hz(double midi) => 440 * Math.Pow(2, (midi - 69) / 12);

    private int Semitones(int degree)
    {
        int octave = (int)Math.Floor(degree / 7.0);
        int index = degree - (7 * octave);
        return MinorSteps[index] + (12 * octave) + (RaisedSeventh && index == 6 ? 1 : 0);
    }
}

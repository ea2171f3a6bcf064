namespace LegacyPress.Render.Audio.Mixing;

/// <summary>The three stems a film's soundtrack is mixed from, each as long as the film.</summary>
public sealed record Stems(StereoBuffer Dialogue, StereoBuffer Music, StereoBuffer Effects)
{
    /// <summary>The plain sum of the stems (before loudness normalisation).</summary>
    public StereoBuffer Sum()
    {
        var mix = new StereoBuffer(Dialogue.Length);
        foreach (var stem in new[] { Dialogue, Music, Effects })
        {
            for (var i = 0; i < mix.Length; i++)
            {
                mix.Left[i] += stem.Left[i];
                mix.Right[i] += stem.Right[i];
            }
        }
        return mix;
    }
}

using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using SkiaSharp;

namespace LegacyPress.Render.Composition;

/// <summary>
/// Draws the film's text: whole card segments (opening title, act cards, end-credits roll) and the on-screen title
/// or caption laid over a shot. The seam between picture composition (stills, motion, transitions) and typography,
/// so each can change alone. Implementations must be safe to call from several threads at once, each with its own canvas.
/// </summary>
public interface ICardArtist : IDisposable
{
    /// <summary>Paints frame <paramref name="frameInCard"/> (0-based within the segment) of a card, covering the whole canvas.</summary>
    void DrawCard(SKCanvas canvas, SKSizeI frameSize, CardSegment card, int frameInCard, FrameRate frameRate);

    /// <summary>Paints a shot's title/caption (if it has any) over the already drawn picture; draws nothing otherwise.</summary>
    void DrawShotText(SKCanvas canvas, SKSizeI frameSize, ShotSegment shot, int frameInShot, FrameRate frameRate);

    /// <summary>
    /// Whether <see cref="DrawShotText"/> would draw anything on this frame; a frame with none can skip the canvas
    /// altogether. An artist that cannot tell says yes, which is always correct.
    /// </summary>
    bool ShowsShotText(SKSizeI frameSize, ShotSegment shot, int frameInShot, FrameRate frameRate) => true;
}

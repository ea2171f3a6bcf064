namespace LegacyPress.Render.Composition.Transitions;

/// <summary>Which way a wipe edge or a sliding picture travels across the frame.</summary>
public enum Direction { Left, Right, Up, Down }

internal static class DirectionVectors
{
    /// <summary>The unit vector of travel in frame coordinates (y grows downward).</summary>
    public static (float X, float Y) Of(Direction direction) => direction switch
    {
        Direction.Left => (-1, 0),
        Direction.Right => (1, 0),
        Direction.Up => (0, -1),
        _ => (0, 1),
    };
}

namespace LegacyPress.Generation.Images;

/// <summary>
/// Of the shapes a service makes, the one nearest a requested size's shape. Compared as log ratios, so 2:1 is as far
/// from 1:1 as 1:2 is; the renderer fits the still to the frame afterwards, so a near shape loses only a margin.
/// </summary>
internal static class NearestAspect
{
    public static T Of<T>(IReadOnlyList<T> candidates, Func<T, (int Width, int Height)> shape, int width, int height)
    {
        var wanted = Math.Log((double)width / height);
        return candidates.MinBy(c =>
        {
            var (w, h) = shape(c);
            return Math.Abs(Math.Log((double)w / h) - wanted);
        })!;
    }
}

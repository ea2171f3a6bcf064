using LegacyPress.Core.Model;
using LegacyPress.Render.Frames;
using SkiaSharp;

namespace LegacyPress.TestSupport;

/// <summary>A horizontal gradient whose bright bar moves one step right per frame.</summary>
public sealed class MovingGradientDrawer(int width, int height, FrameRate rate, int frames) : IFrameDrawer
{
    /// <summary>At a whole rate, which is what most tests want.</summary>
    public MovingGradientDrawer(int width, int height, int framesPerSecond, int frames)
        : this(width, height, new FrameRate(framesPerSecond), frames)
    {
    }

    public int WidthPixels => width;

    public int HeightPixels => height;

    public FrameRate FrameRate => rate;

    public int FrameCount => frames;

    public void Draw(int frameIndex, SKCanvas canvas)
    {
        using var shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [SKColors.MidnightBlue, SKColors.DarkOrange], SKShaderTileMode.Clamp);
        using var paint = new SKPaint { Shader = shader };
        canvas.DrawRect(0, 0, width, height, paint);
        using var bar = new SKPaint { Color = SKColors.White };
        canvas.DrawRect(frameIndex * 4 % width, 0, 8, height, bar);
    }
}

/// <summary>Draws like <see cref="MovingGradientDrawer"/> until frame <c>failAt</c>, which throws.</summary>
public sealed class FailingDrawer(IFrameDrawer inner, int failAt) : IFrameDrawer
{
    public int WidthPixels => inner.WidthPixels;

    public int HeightPixels => inner.HeightPixels;

    public FrameRate FrameRate => inner.FrameRate;

    public int FrameCount => inner.FrameCount;

    public void Draw(int frameIndex, SKCanvas canvas)
    {
        if (frameIndex == failAt)
        {
            throw new InvalidOperationException("the still is corrupt");
        }
        inner.Draw(frameIndex, canvas);
    }
}

/// <summary>Calls <c>onFrame</c> before drawing each frame (to cancel mid-render), then draws the inner frame.</summary>
public sealed class ObservedDrawer(IFrameDrawer inner, Action<int> onFrame) : IFrameDrawer
{
    public int WidthPixels => inner.WidthPixels;

    public int HeightPixels => inner.HeightPixels;

    public FrameRate FrameRate => inner.FrameRate;

    public int FrameCount => inner.FrameCount;

    public void Draw(int frameIndex, SKCanvas canvas)
    {
        onFrame(frameIndex);
        inner.Draw(frameIndex, canvas);
    }
}

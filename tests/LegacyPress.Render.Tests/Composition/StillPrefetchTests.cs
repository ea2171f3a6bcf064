using LegacyPress.Render.Composition;
using LegacyPress.TestSupport;
using SkiaSharp;

namespace LegacyPress.Render.Tests.Composition;

public class StillPrefetchTests
{
    [Fact]
    public void The_stills_of_shots_starting_within_the_window_are_decoded_ahead_and_a_broken_one_is_left_for_the_draw()
    {
        using var project = new TestFilm("""
              - title: One
                shots:
                  - { id: first, image: a.png, duration: 2, motion: pan-right, transition: { type: cut } }
                  - { id: second, image: b.png, duration: 2, motion: pan-left, transition: { type: cut } }
                  - { id: third, image: c.png, duration: 2, motion: pan-left, transition: { type: cut } }
                  - { id: fourth, image: broken.png, duration: 2, motion: pan-left }
            """).Still("a.png", 64, 48, TestStills.Noise).Still("b.png", 64, 48, TestStills.Noise).Still("c.png", 64, 48, TestStills.Noise)
            .Still("broken.png", 64, 48, TestStills.Noise).Load();
        using var stills = new StillLibrary(project.Film.Project.Resolve, (_, _) => 1, new SKSizeI(64, 36));
        var shots = project.Timeline.Shots.ToList();

        // At 10 fps, a 25-frame window from frame 0 reaches the second shot (frame 20), not the third (frame 40).
        using (var prefetch = new StillPrefetch(shots, stills, framesAhead: 25))
        {
            prefetch.Ahead(0);
            prefetch.Ahead(1);
        }
        Assert.Equal(1, stills.LoadedCount);

        File.WriteAllText(project.Film.Project.Resolve("broken.png"), "not a picture");
        using (var prefetch = new StillPrefetch(shots, stills, framesAhead: 100))
        {
            prefetch.Ahead(0);
        }
        Assert.Equal(2, stills.LoadedCount);
        Assert.ThrowsAny<Exception>(() => stills.Rent("broken.png"));
    }
}

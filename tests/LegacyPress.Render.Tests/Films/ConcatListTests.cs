using System.Globalization;
using LegacyPress.Core.Model;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Films.Segments;

namespace LegacyPress.Render.Tests.Films;

public sealed class ConcatListTests
{
    private static FilmPiece Piece(int start, int end, string path) => new(0, new FrameRange(start, end), "", path);

    private static List<decimal> Durations(FrameRate rate, params int[] boundaries)
    {
        var pieces = boundaries.Zip(boundaries.Skip(1)).Select((b, i) => Piece(b.First, b.Second, $"/segments/{i}.mp4")).ToList();
        var lines = ConcatList.Lines(pieces, rate).ToList();
        Assert.Equal(pieces.Select(p => $"file '{p.FilePath}'"), lines.Where((_, i) => i % 2 == 0));
        return lines.Where((_, i) => i % 2 == 1).Select(l => decimal.Parse(l["duration ".Length..], CultureInfo.InvariantCulture)).ToList();
    }

    [Fact]
    public void Each_piece_lasts_its_frames_at_the_exact_rate()
    {
        Assert.Equal([1.001m, 0.5005m, 0.5005m, 0.5005m, 1.001m], Durations(FrameRate.Ntsc(30), 0, 30, 45, 60, 75, 105));
        Assert.Equal(["duration 0.500500"], ConcatList.Lines([Piece(30, 45, "/a.mp4")], FrameRate.Ntsc(30)).Skip(1));
    }

    [Fact]
    public void Durations_add_up_to_every_frame_boundary_rounded_once_to_the_microsecond()
    {
        // 13 frames at 24 fps are 0.5416666… s: rounding each piece alone would lose a third of a microsecond a join.
        var boundaries = Enumerable.Range(0, 1000).Select(i => i * 13).ToArray();

        var durations = Durations(new FrameRate(24), boundaries);

        var end = 0m;
        foreach (var (duration, frame) in durations.Zip(boundaries.Skip(1)))
        {
            end += duration;
            Assert.Equal(Math.Round(frame / 24m, 6, MidpointRounding.AwayFromZero), end);
        }
    }

    [Fact]
    public void A_quote_in_a_path_is_escaped_for_the_list()
    {
        Assert.Equal("file '/films/it'\\''s/0.mp4'", ConcatList.Lines([Piece(0, 1, "/films/it's/0.mp4")], new FrameRate(30)).First());
    }
}

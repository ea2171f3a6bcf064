using QRCoder;

namespace LegacyPress.Promo.Layout;

/// <summary>
/// A QR code as a grid of dark modules (quiet zone included), merged into horizontal runs so it draws as a few
/// vector rectangles. Medium error correction: survives print smudges without growing the code much.
/// </summary>
public sealed record QrModules(int Size, IReadOnlyList<(int Row, int Column, int Length)> DarkRuns)
{
    public static QrModules Encode(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var runs = new List<(int, int, int)>();
        for (var row = 0; row < matrix.Count; row++)
        {
            var bits = matrix[row];
            for (var column = 0; column < bits.Length;)
            {
                if (!bits[column])
                {
                    column++;
                    continue;
                }
                var start = column;
                while (column < bits.Length && bits[column])
                {
                    column++;
                }
                runs.Add((row, start, column - start));
            }
        }
        return new QrModules(matrix.Count, runs);
    }

    public bool IsDark(int row, int column) => DarkRuns.Any(r => r.Row == row && column >= r.Column && column < r.Column + r.Length);
}

namespace LegacyPress.Core.Scaffolding;

/// <summary>
/// Orders file names the way people number them: <c>shot2.jpg</c> before <c>shot10.jpg</c>, runs of digits compared
/// as numbers and the rest without regard to case; names that still tie are ordered by their exact characters, so
/// the order never depends on the file system's listing.
/// </summary>
public sealed class NaturalFileOrder : IComparer<string>
{
    public static NaturalFileOrder Instance { get; } = new();

    private NaturalFileOrder()
    {
    }

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }
        var (i, j) = (0, 0);
        while (i < x.Length && j < y.Length)
        {
            var order = char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j])
                ? CompareNumbers(Run(x, ref i, char.IsAsciiDigit), Run(y, ref j, char.IsAsciiDigit))
                : Run(x, ref i, IsText).CompareTo(Run(y, ref j, IsText), StringComparison.OrdinalIgnoreCase);
            if (order != 0)
            {
                return order;
            }
        }
        var byLength = (x.Length - i).CompareTo(y.Length - j);
        return byLength != 0 ? byLength : string.CompareOrdinal(x, y);
    }

    /// <summary>Digits as a number of any length: fewer significant digits is smaller, then digit by digit.</summary>
    private static int CompareNumbers(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        a = a.TrimStart('0');
        b = b.TrimStart('0');
        return a.Length != b.Length ? a.Length.CompareTo(b.Length) : a.SequenceCompareTo(b);
    }

    private static bool IsText(char c) => !char.IsAsciiDigit(c);

    private static ReadOnlySpan<char> Run(string text, ref int at, Func<char, bool> belongs)
    {
        var start = at;
        while (at < text.Length && belongs(text[at]))
        {
            at++;
        }
        return text.AsSpan(start, at - start);
    }
}

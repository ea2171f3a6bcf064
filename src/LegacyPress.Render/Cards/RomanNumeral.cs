namespace LegacyPress.Render.Cards;

/// <summary>Roman numerals for act numbers ("Act IV"). Pure.</summary>
public static class RomanNumeral
{
    private static readonly (int Value, string Numeral)[] Steps =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    /// <summary>The numeral for 1..3999; other numbers as digits.</summary>
    public static string Of(int number)
    {
        if (number is < 1 or > 3999)
        {
            return number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var numeral = new System.Text.StringBuilder();
        foreach (var (value, symbol) in Steps)
        {
            for (; number >= value; number -= value)
            {
                numeral.Append(symbol);
            }
        }
        return numeral.ToString();
    }
}

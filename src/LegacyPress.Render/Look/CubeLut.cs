using System.Globalization;
using LegacyPress.Render.Look.Colour;

namespace LegacyPress.Render.Look;

/// <summary>
/// A 3D colour lookup table as in Adobe/Resolve <c>.cube</c> files: Size³ output colours over an input cube
/// (DOMAIN_MIN..DOMAIN_MAX), red varying fastest. Immutable.
/// </summary>
public sealed class CubeLut
{
    public const int MinimumSize = 2;
    public const int MaximumSize = 256;

    private readonly float[] rgb;

    private CubeLut(string title, int size, float[] rgb, (float R, float G, float B) domainMin, (float R, float G, float B) domainMax)
    {
        Title = title;
        Size = size;
        this.rgb = rgb;
        DomainMin = domainMin;
        DomainMax = domainMax;
    }

    public string Title { get; }

    /// <summary>Grid points per axis.</summary>
    public int Size { get; }

    public (float R, float G, float B) DomainMin { get; }

    public (float R, float G, float B) DomainMax { get; }

    /// <summary>Output colour at grid point (r, g, b), each 0..Size-1.</summary>
    public (float R, float G, float B) this[int r, int g, int b]
    {
        get
        {
            var i = 3 * (r + Size * (g + Size * b));
            return (rgb[i], rgb[i + 1], rgb[i + 2]);
        }
    }

    /// <summary>Whether the LUT's domain is 0..1 on every channel, as most are (and all that <see cref="FromFunction"/> makes).</summary>
    public bool HasUnitDomain => DomainMin == (0f, 0f, 0f) && DomainMax == (1f, 1f, 1f);

    /// <summary>
    /// This grade at <paramref name="strength"/> (0..1), as a LUT of its own: each grid point moved that share of the
    /// way from its own colour to its graded one (clamped to 0..1 first, as graders clamp). Tetrahedral interpolation
    /// is linear within each tetrahedron and reproduces the identity on a 0..1 grid, so interpolating this equals
    /// blending the interpolated grade with the picture — the blend done once per grid point, not once per pixel.
    /// </summary>
    public CubeLut AtStrength(double strength)
    {
        if (!HasUnitDomain)
        {
            throw new InvalidOperationException($"{Title}: only a LUT over 0..1 can be blended at its grid points");
        }
        var s = (float)Math.Clamp(strength, 0, 1);
        var blended = new float[rgb.Length];
        var i = 0;
        for (var b = 0; b < Size; b++)
        {
            for (var g = 0; g < Size; g++)
            {
                for (var r = 0; r < Size; r++, i += 3)
                {
                    blended[i] = Towards(r / (Size - 1f), rgb[i], s);
                    blended[i + 1] = Towards(g / (Size - 1f), rgb[i + 1], s);
                    blended[i + 2] = Towards(b / (Size - 1f), rgb[i + 2], s);
                }
            }
        }
        return new CubeLut(Title, Size, blended, DomainMin, DomainMax);

        static float Towards(float input, float graded, float share) => input + share * (Math.Clamp(graded, 0f, 1f) - input);
    }

    /// <summary>The LUT that changes nothing.</summary>
    public static CubeLut Identity(int size) => FromFunction("identity", size, (r, g, b) => (r, g, b));

    /// <summary>A LUT over the unit cube from its grid: Size³ R, G, B triples, red fastest (as <c>.cube</c> files list them).</summary>
    public static CubeLut FromGrid(string title, int size, float[] rgb)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, MinimumSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, MaximumSize);
        if (rgb.Length != 3 * size * size * size)
        {
            throw new ArgumentException($"a {size}³ LUT has {3 * size * size * size} values, not {rgb.Length}", nameof(rgb));
        }
        return new CubeLut(title, size, rgb.ToArray(), (0, 0, 0), (1, 1, 1));
    }

    /// <summary>A LUT sampling <paramref name="grade"/> (input and output 0..1) on a Size³ grid.</summary>
    public static CubeLut FromFunction(string title, int size, Func<float, float, float, (float R, float G, float B)> grade)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, MinimumSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, MaximumSize);
        var rgb = new float[3 * size * size * size];
        var i = 0;
        for (var b = 0; b < size; b++)
        {
            for (var g = 0; g < size; g++)
            {
                for (var r = 0; r < size; r++)
                {
                    var (outR, outG, outB) = grade(r / (size - 1f), g / (size - 1f), b / (size - 1f));
                    rgb[i++] = outR;
                    rgb[i++] = outG;
                    rgb[i++] = outB;
                }
            }
        }
        return new CubeLut(title, size, rgb, (0, 0, 0), (1, 1, 1));
    }

    /// <summary>Reads a .cube file; errors name the file and line.</summary>
    public static CubeLut Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CubeLutException(path, 0, $"cannot be read ({e.Message})");
        }
        return Parse(text, path);
    }

    /// <summary>Parses .cube text; <paramref name="fileName"/> is only used in error messages.</summary>
    public static CubeLut Parse(string text, string fileName)
    {
        var title = "";
        var size = 0;
        var sizeLine = 0;
        (float, float, float) domainMin = (0, 0, 0), domainMax = (1, 1, 1);
        var values = new List<float>();
        var lineNumber = 0;
        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var keyword = line.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[0];
            switch (keyword.ToUpperInvariant())
            {
                case "TITLE":
                    title = line[keyword.Length..].Trim().Trim('"');
                    break;
                case "LUT_3D_SIZE":
                    var sizeValue = Numbers(line[keyword.Length..], 1, lineNumber, "LUT_3D_SIZE takes one whole number")[0];
                    size = (int)sizeValue;
                    if (size is < MinimumSize or > MaximumSize || size != sizeValue)
                    {
                        throw new CubeLutException(fileName, lineNumber, $"LUT_3D_SIZE must be a whole number from {MinimumSize} to {MaximumSize}");
                    }
                    sizeLine = lineNumber;
                    break;
                case "LUT_1D_SIZE":
                    throw new CubeLutException(fileName, lineNumber, "this is a 1D LUT; LegacyPress applies 3D LUTs (LUT_3D_SIZE)");
                case "DOMAIN_MIN":
                    domainMin = Triple(Numbers(line[keyword.Length..], 3, lineNumber, "DOMAIN_MIN takes three numbers"));
                    break;
                case "DOMAIN_MAX":
                    domainMax = Triple(Numbers(line[keyword.Length..], 3, lineNumber, "DOMAIN_MAX takes three numbers"));
                    break;
                case "LUT_3D_INPUT_RANGE":
                    var range = Numbers(line[keyword.Length..], 2, lineNumber, "LUT_3D_INPUT_RANGE takes two numbers");
                    (domainMin, domainMax) = ((range[0], range[0], range[0]), (range[1], range[1], range[1]));
                    break;
                default:
                    if (!IsNumber(keyword))
                    {
                        throw new CubeLutException(fileName, lineNumber, $"unknown keyword '{keyword}'");
                    }
                    if (size == 0)
                    {
                        throw new CubeLutException(fileName, lineNumber, "colour rows before LUT_3D_SIZE");
                    }
                    values.AddRange(Numbers(line, 3, lineNumber, "expected three numbers (red green blue)"));
                    break;
            }
        }
        if (size == 0)
        {
            throw new CubeLutException(fileName, 0, "no LUT_3D_SIZE line: not a 3D .cube LUT");
        }
        var expected = size * size * size;
        if (values.Count / 3 != expected)
        {
            throw new CubeLutException(fileName, sizeLine, $"LUT_3D_SIZE {size} needs {expected} colour rows, the file has {values.Count / 3}");
        }
        if (domainMax.Item1 <= domainMin.Item1 || domainMax.Item2 <= domainMin.Item2 || domainMax.Item3 <= domainMin.Item3)
        {
            throw new CubeLutException(fileName, 0, "DOMAIN_MAX must be greater than DOMAIN_MIN on every channel");
        }
        return new CubeLut(title, size, values.ToArray(), domainMin, domainMax);

        float[] Numbers(string part, int count, int at, string problem)
        {
            var fields = part.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != count || !fields.All(IsNumber))
            {
                throw new CubeLutException(fileName, at, $"{problem}, got '{part.Trim()}'");
            }
            return fields.Select(f => float.Parse(f, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
        }
    }

    /// <summary>The LUT as .cube text (6 decimals), as the generator commits it.</summary>
    public string ToCubeText(IEnumerable<string>? comments = null)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        CubeText.Write(text, rgb, Size, Title, comments);
        return text.ToString();
    }

    private static bool IsNumber(string s) =>
        float.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && float.IsFinite(v);

    private static (float, float, float) Triple(float[] v) => (v[0], v[1], v[2]);
}

using LegacyPress.Core.Platforms;

namespace LegacyPress.Promo.Text;

/// <summary>One rule a text asset must keep (a length, a byte count, forbidden characters); one subclass per kind.</summary>
public abstract record TextLimit
{
    /// <summary>The problem with <paramref name="text"/>, or null when it keeps the rule.</summary>
    public abstract string? Check(string text);

    /// <summary>How close the text is to this limit, for truncation: null when the rule is not a length.</summary>
    public virtual int? Measure(string text) => null;

    public virtual int? Maximum => null;

    /// <summary>At most <paramref name="Max"/> user-perceived characters.</summary>
    public sealed record Characters(int Max) : TextLimit
    {
        public override int? Maximum => Max;

        public override int? Measure(string text) => TextCounters.Characters(text);

        public override string? Check(string text) =>
            Measure(text) is var n && n > Max ? $"is {n} characters, over the limit of {Max}" : null;
    }

    /// <summary>At most <paramref name="Max"/> bytes once encoded as UTF-8 (YouTube descriptions).</summary>
    public sealed record Utf8Bytes(int Max) : TextLimit
    {
        public override int? Maximum => Max;

        public override int? Measure(string text) => TextCounters.Utf8Bytes(text);

        public override string? Check(string text) =>
            Measure(text) is var n && n > Max ? $"is {n} UTF-8 bytes, over the limit of {Max}" : null;
    }

    /// <summary>X's weighted length (links count 23).</summary>
    public sealed record XWeighted(int Max) : TextLimit
    {
        public override int? Maximum => Max;

        public override int? Measure(string text) => TextCounters.XWeightedLength(text);

        public override string? Check(string text) =>
            Measure(text) is var n && n > Max ? $"weighs {n} as X counts it (links count {TextCounters.XUrlLength}), over the limit of {Max}" : null;
    }

    /// <summary>At most <paramref name="Max"/> hashtags (Instagram).</summary>
    public sealed record Hashtags(int Max) : TextLimit
    {
        public override string? Check(string text) =>
            TextCounters.Hashtags(text) is var n && n > Max ? $"has {n} hashtags, over the limit of {Max}" : null;
    }

    /// <summary>None of the given characters (YouTube rejects titles and descriptions with angle brackets).</summary>
    public sealed record Forbidden(string Disallowed) : TextLimit
    {
        public override string? Check(string text)
        {
            var found = Disallowed.Where(text.Contains).ToList();
            return found.Count > 0 ? $"contains {string.Join(" and ", found.Select(c => $"'{c}'"))}, which the platform does not allow" : null;
        }
    }

    /// <summary>YouTube's tag total (one tag per line; quotes around tags with spaces and commas between count).</summary>
    public sealed record YouTubeTags(int Max) : TextLimit
    {
        public override int? Maximum => Max;

        public override int? Measure(string text) => YouTubeLimits.TagsLength(TextCounters.Lines(text));

        public override string? Check(string text) =>
            Measure(text) is var n && n > Max ? $"tags total {n} characters as YouTube counts them (quotes around tags with spaces, commas between), over the limit of {Max}" : null;
    }

    /// <summary>At most <paramref name="Max"/> words (press blurbs are specified in words).</summary>
    public sealed record Words(int Max) : TextLimit
    {
        public override int? Maximum => Max;

        public override int? Measure(string text) => TextCounters.Words(text);

        public override string? Check(string text) =>
            Measure(text) is var n && n > Max ? $"is {n} words, over the limit of {Max}" : null;
    }

    /// <summary>Not empty once trimmed.</summary>
    public sealed record NotEmpty : TextLimit
    {
        public override string? Check(string text) => string.IsNullOrWhiteSpace(text) ? "is empty" : null;
    }
}

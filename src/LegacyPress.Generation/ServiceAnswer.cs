using System.Text;

namespace LegacyPress.Generation;

/// <summary>A service's whole HTTP answer, read within its attempt: status, headers (response and content) and body.</summary>
internal sealed record ServiceAnswer(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    public string Text => Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.GetValueOrDefault(name);

    /// <summary>The Content-Type without its parameters ("image/png"), or null.</summary>
    public string? MediaType => Header("Content-Type")?.Split(';')[0].Trim().ToLowerInvariant();
}

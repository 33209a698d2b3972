using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsWatch.Feeds;

/// <summary>
/// Fallback for feed dates the library cannot read: RFC 822 dates with named US zones
/// ("Tue, 01 Jul 2025 09:30:00 EDT"), as U.S. government feeds send them.
/// </summary>
internal static partial class FeedDate
{
    private static readonly FrozenDictionary<string, string> NamedZones = new Dictionary<string, string>
    {
        ["UT"] = "+00:00", ["UTC"] = "+00:00", ["GMT"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] Formats =
    [
        "ddd, d MMM yyyy H:m:s zzz", "d MMM yyyy H:m:s zzz", "ddd, d MMM yyyy H:m zzz", "d MMM yyyy H:m zzz",
        "ddd, d MMM yy H:m:s zzz", "d MMM yy H:m:s zzz",
    ];

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var match = TrailingZone().Match(value.Trim());
        if (!match.Success)
        {
            return null;
        }

        var zone = match.Groups["zone"].Value;
        var offset = zone[0] is '+' or '-' ? $"{zone[..3]}:{zone[3..]}" : NamedZones.GetValueOrDefault(zone);
        if (offset is null)
        {
            return null;
        }

        return DateTimeOffset.TryParseExact($"{match.Groups["rest"].Value} {offset}", Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? parsed.ToUniversalTime()
            : null;
    }

    [GeneratedRegex(@"^(?<rest>.*\d)\s*(?<zone>[A-Za-z]{1,4}|[+-]\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingZone();
}

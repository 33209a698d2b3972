using System.Globalization;

namespace NewsWatch.Articles.Extraction;

/// <summary>Parses the machine-readable dates found in metadata (ISO 8601 and its common variants).</summary>
internal static class DateParser
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd", "yyyyMMdd", "yyyyMMdd'T'HHmmss", "yyyy/MM/dd", "yyyy/MM/dd HH:mm:ss",
        "dd.MM.yyyy", "dd.MM.yyyy HH:mm",
    ];

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (text.Length > 64)
        {
            return null;
        }

        // "+0200" is common in meta tags but is not a .NET offset format.
        if (text.Length > 5 && (text[^5] == '+' || text[^5] == '-') && text[^4..].All(char.IsAsciiDigit) && text.Contains('T', StringComparison.Ordinal))
        {
            text = string.Concat(text.AsSpan(0, text.Length - 2), ":", text.AsSpan(text.Length - 2));
        }

        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, styles, out var exact)
            || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out exact))
        {
            return exact.Year is >= 1990 and <= 2100 ? exact : null;
        }

        return null;
    }
}

using System.Globalization;

namespace NewsWatch.Common;

/// <summary>
/// The one timestamp format in the database: ISO-8601 UTC with milliseconds and a Z, which sorts as
/// text and which sqlite3's date functions read.
/// </summary>
public static class Timestamps
{
    public const string Pattern = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static string Format(DateTimeOffset value) => value.UtcDateTime.ToString(Pattern, CultureInfo.InvariantCulture);

    public static string? Format(DateTimeOffset? value) => value is { } v ? Format(v) : null;

    public static DateTimeOffset? Parse(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var v) ? v : null;
}

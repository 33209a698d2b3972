using System.Collections.Frozen;

namespace NewsWatch.Entities.Model;

/// <summary>
/// When a phrase names a calendar date (the DATE definition the GMB label mapping and the tagger share):
/// it holds a month, a weekday, a year or decade, today/yesterday/tomorrow, or a unit made relative
/// ("last week", "earlier this month", "next year", "two weeks ago"), and no clock time. Durations
/// ("three years", "two-day"), vague words ("recent", "later") and holidays are not dates.
/// </summary>
public static class DateAnchors
{
    private static readonly FrozenSet<string> Modifiers = FrozenSet.Create(StringComparer.Ordinal, "this", "last", "next", "coming");

    private static readonly FrozenSet<string> RelativeDays = FrozenSet.Create(StringComparer.Ordinal, "today", "yesterday", "tomorrow");

    public static bool IsDate(IReadOnlyList<string> words)
    {
        var anchored = false;
        for (var k = 0; k < words.Count; k++)
        {
            var word = words[k];
            if (IsClockTime(word))
            {
                return false;
            }

            foreach (var part in word.Split('-', '\u2013'))
            {
                var key = part.TrimEnd('.').ToLowerInvariant();
                anchored |= WordLists.Months.Contains(key) || WordLists.Weekdays.Contains(key) || IsYearOrDecade(part) || RelativeDays.Contains(key);
            }

            var unit = k + 1 < words.Count && WordLists.DateUnits.Contains(Singular(words[k + 1]));
            anchored |= unit && Modifiers.Contains(word.ToLowerInvariant());
            anchored |= k > 0 && WordLists.DateUnits.Contains(Singular(words[k - 1])) && word.Equals("ago", StringComparison.OrdinalIgnoreCase);
        }

        return anchored;
    }

    private static string Singular(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.EndsWith('s') ? lower[..^1] : lower;
    }

    private static bool IsClockTime(string word) =>
        word is "a.m." or "p.m." or "am" or "pm" or "GMT" or "UTC" || (word.Contains(':') && word.Any(char.IsDigit));

    private static bool IsYearOrDecade(string word)
    {
        var digits = word.EndsWith('s') ? word[..^1] : word;
        return digits.Length == 4 && digits.All(char.IsAsciiDigit) && (digits.StartsWith("19", StringComparison.Ordinal) || digits.StartsWith("20", StringComparison.Ordinal));
    }
}

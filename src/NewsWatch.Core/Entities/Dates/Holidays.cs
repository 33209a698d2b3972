namespace NewsWatch.Entities.Dates;

/// <summary>Named days that newsrooms date things by, fixed or computed for a given year.</summary>
internal static class Holidays
{
    /// <summary>Holiday names as word sequences (apostrophes and a following "s" are skipped when matching).</summary>
    public static readonly (string[] Words, Func<int, DateOnly> On)[] All =
    [
        (["christmas", "eve"], y => new DateOnly(y, 12, 24)),
        (["christmas", "day"], y => new DateOnly(y, 12, 25)),
        (["christmas"], y => new DateOnly(y, 12, 25)),
        (["xmas"], y => new DateOnly(y, 12, 25)),
        (["boxing", "day"], y => new DateOnly(y, 12, 26)),
        (["new", "year", "eve"], y => new DateOnly(y, 12, 31)),
        (["new", "years", "eve"], y => new DateOnly(y, 12, 31)),
        (["new", "year", "day"], y => new DateOnly(y, 1, 1)),
        (["new", "years", "day"], y => new DateOnly(y, 1, 1)),
        (["new", "year"], y => new DateOnly(y, 1, 1)),
        (["independence", "day"], y => new DateOnly(y, 7, 4)),
        (["fourth", "of", "july"], y => new DateOnly(y, 7, 4)),
        (["halloween"], y => new DateOnly(y, 10, 31)),
        (["valentine", "day"], y => new DateOnly(y, 2, 14)),
        (["valentines", "day"], y => new DateOnly(y, 2, 14)),
        (["saint", "patrick", "day"], y => new DateOnly(y, 3, 17)),
        (["st", "patrick", "day"], y => new DateOnly(y, 3, 17)),
        (["saint", "patrick"], y => new DateOnly(y, 3, 17)),
        (["st", "patrick"], y => new DateOnly(y, 3, 17)),
        (["juneteenth"], y => new DateOnly(y, 6, 19)),
        (["international", "workers", "day"], y => new DateOnly(y, 5, 1)),
        (["labour", "day"], y => new DateOnly(y, 5, 1)),
        (["victory", "day"], y => new DateOnly(y, 5, 9)),
        (["veterans", "day"], y => new DateOnly(y, 11, 11)),
        (["armistice", "day"], y => new DateOnly(y, 11, 11)),
        (["remembrance", "day"], y => new DateOnly(y, 11, 11)),
        (["easter", "monday"], y => Easter(y).AddDays(1)),
        (["easter", "sunday"], y => Easter(y)),
        (["easter"], Easter),
        (["good", "friday"], y => Easter(y).AddDays(-2)),
        (["thanksgiving", "day"], y => NthWeekday(y, 11, DayOfWeek.Thursday, 4)),
        (["thanksgiving"], y => NthWeekday(y, 11, DayOfWeek.Thursday, 4)),
        (["black", "friday"], y => NthWeekday(y, 11, DayOfWeek.Thursday, 4).AddDays(1)),
        (["cyber", "monday"], y => NthWeekday(y, 11, DayOfWeek.Thursday, 4).AddDays(4)),
        (["earth", "day"], y => new DateOnly(y, 4, 22)),
        (["labor", "day"], y => NthWeekday(y, 9, DayOfWeek.Monday, 1)),
        (["memorial", "day"], y => LastWeekday(y, 5, DayOfWeek.Monday)),
        (["mother", "day"], y => NthWeekday(y, 5, DayOfWeek.Sunday, 2)),
        (["mothers", "day"], y => NthWeekday(y, 5, DayOfWeek.Sunday, 2)),
        (["father", "day"], y => NthWeekday(y, 6, DayOfWeek.Sunday, 3)),
        (["fathers", "day"], y => NthWeekday(y, 6, DayOfWeek.Sunday, 3)),
    ];

    /// <summary>The words a holiday name can start with, to skip the list quickly.</summary>
    public static readonly HashSet<string> FirstWords = new(All.Select(h => h.Words[0]), StringComparer.OrdinalIgnoreCase);

    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWordsLookup = FirstWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Easter Sunday (Gregorian computus).</summary>
    public static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = ((h + l - 7 * m + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 7 * (n - 1));
    }

    private static DateOnly LastWeekday(int year, int month, DayOfWeek weekday)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
    }
}

using System.Globalization;

namespace NewsWatch.Entities.Dates;

/// <summary>A resolved calendar period: its grain and its first day (for weeks, the Monday). <see cref="Timex"/> and <see cref="FromTimex"/> convert to and from TIMEX3.</summary>
public readonly record struct DateValue(DateGrain Grain, DateOnly First)
{
    public static DateValue Day(DateOnly day) => new(DateGrain.Day, day);

    public static DateValue Month(int year, int month) => new(DateGrain.Month, new DateOnly(year, month, 1));

    public static DateValue Year(int year) => new(DateGrain.Year, new DateOnly(year, 1, 1));

    /// <summary>The decade that contains <paramref name="year"/>: 1990 to 1999 for 1994.</summary>
    public static DateValue Decade(int year) => new(DateGrain.Decade, new DateOnly(year / 10 * 10, 1, 1));

    /// <summary>The hundred years whose numbers start alike: the 20th century is 1900 to 1999 (TIMEX3 "19").</summary>
    public static DateValue Century(int firstYear) => new(DateGrain.Century, new DateOnly(firstYear / 100 * 100, 1, 1));

    /// <summary>Meteorological seasons as TIMEX3 writes them: spring (SP) from March, summer (SU) June, fall (FA) September, winter (WI) December.</summary>
    public static DateValue Season(int year, string code) => new(DateGrain.Season, new DateOnly(year, SeasonCodes.IndexOf(code, StringComparison.Ordinal) / 2 * 3 + 3, 1));

    private const string SeasonCodes = "SPSUFAWI";

    public static DateValue Quarter(int year, int quarter) => new(DateGrain.Quarter, new DateOnly(year, quarter * 3 - 2, 1));

    public static DateValue Half(int year, int half) => new(DateGrain.Half, new DateOnly(year, half * 6 - 5, 1));

    /// <summary>The ISO week (Monday to Sunday) that contains <paramref name="day"/>.</summary>
    public static DateValue WeekOf(DateOnly day) => new(DateGrain.Week, day.AddDays(-(((int)day.DayOfWeek + 6) % 7)));

    public static DateValue WeekendOf(DateOnly day) => new(DateGrain.Weekend, WeekOf(day).First);

    /// <summary>The first day after the period.</summary>
    public DateOnly After => Grain switch
    {
        DateGrain.Day => First.AddDays(1),
        DateGrain.Week or DateGrain.Weekend => First.AddDays(7),
        DateGrain.Month => First.AddMonths(1),
        DateGrain.Season => First.AddMonths(3),
        DateGrain.Quarter => First.AddMonths(3),
        DateGrain.Half => First.AddMonths(6),
        DateGrain.Decade => First.AddYears(10),
        DateGrain.Century => First.AddYears(100),
        _ => First.AddYears(1),
    };

    /// <summary>The TIMEX3 value: 2024-06-13, 2024-W24, 2024-W24-WE, 2024-06, 2024-SU, 2024-Q2, 2024-H1, 2024, 199 (the 1990s), 19 (1900-1999).</summary>
    public string Timex => Grain switch
    {
        DateGrain.Day => First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateGrain.Week => IsoWeek(First),
        DateGrain.Weekend => IsoWeek(First) + "-WE",
        DateGrain.Month => First.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DateGrain.Season => string.Create(CultureInfo.InvariantCulture, $"{First.Year:0000}-{SeasonCodes.Substring((First.Month - 3) / 3 * 2, 2)}"),
        DateGrain.Quarter => string.Create(CultureInfo.InvariantCulture, $"{First.Year:0000}-Q{(First.Month + 2) / 3}"),
        DateGrain.Half => string.Create(CultureInfo.InvariantCulture, $"{First.Year:0000}-H{(First.Month + 5) / 6}"),
        DateGrain.Decade => (First.Year / 10).ToString("000", CultureInfo.InvariantCulture),
        DateGrain.Century => (First.Year / 100).ToString("00", CultureInfo.InvariantCulture),
        _ => First.Year.ToString("0000", CultureInfo.InvariantCulture),
    };

    /// <summary>Reads a TIMEX3 value written by <see cref="Timex"/> back; null for anything else.</summary>
    public static DateValue? FromTimex(string? timex)
    {
        if (timex is { Length: 2 or 3 } && int.TryParse(timex, NumberStyles.None, CultureInfo.InvariantCulture, out var leading) && leading > 0)
        {
            return timex.Length == 3 ? Decade(leading * 10) : Century(leading * 100);
        }
        if (string.IsNullOrEmpty(timex) || timex.Length < 4 || !int.TryParse(timex.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return null;
        }
        var rest = timex.AsSpan(4);
        if (rest.IsEmpty)
        {
            return Year(year);
        }
        if (rest.Length == 3 && rest[0] == '-' && rest[1] == 'Q' && rest[2] is >= '1' and <= '4')
        {
            return Quarter(year, rest[2] - '0');
        }
        if (rest.Length == 3 && rest[0] == '-' && rest[1..] is "SP" or "SU" or "FA" or "WI")
        {
            return Season(year, rest[1..].ToString());
        }
        if (rest.Length == 3 && rest[0] == '-' && rest[1] == 'H' && rest[2] is '1' or '2')
        {
            return Half(year, rest[2] - '0');
        }
        if (rest.Length >= 4 && rest[0] == '-' && rest[1] == 'W' && int.TryParse(rest.Slice(2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var week)
            && week >= 1 && week <= ISOWeek.GetWeeksInYear(year))
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            return rest.Length == 4 ? WeekOf(monday) : rest[4..].SequenceEqual("-WE") ? WeekendOf(monday) : null;
        }
        if (rest.Length == 3 && rest[0] == '-' && int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            return Month(year, month);
        }
        return DateOnly.TryParseExact(timex, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? Day(day) : null;
    }

    private static string IsoWeek(DateOnly monday)
    {
        var dt = monday.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dt):0000}-W{ISOWeek.GetWeekOfYear(dt):00}");
    }
}

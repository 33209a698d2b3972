namespace NewsWatch.Entities.Dates;

/// <summary>
/// The first or last few days, weeks or months of a year or month ("the first 2 weeks of 2021", "the last four months
/// of this year"), and fortnights ("the past fortnight").
/// </summary>
internal sealed partial class DateParser
{
    private Piece? PartOfPeriod(int i)
    {
        var j = Is(i, "the") ? i + 1 : i;
        var fromStart = Is(j, "first");
        if ((!fromStart && !Is(j, "last")) || CountAt(j + 1) is not var (n, afterCount) || n is < 2 or > 60 || !Is(afterCount + 1, "of"))
        {
            return null;
        }
        var unit = Word(afterCount);
        var period = afterCount + 2;
        if (Month(period) is null && YearRef(period) is var (year, afterYear))
        {
            return PartOfYear(i, afterYear, year, unit, n, fromStart);
        }
        if (MonthRef(period) is var (monthYear, month, afterMonth) && IsUnit(unit, "day"))
        {
            var first = new DateOnly(monthYear, month, 1);
            var days = DateTime.DaysInMonth(monthYear, month);
            return n > days ? null : fromStart
                ? Span(i, afterMonth, DateValue.Day(first), DateValue.Day(first.AddDays(n - 1)))
                : Span(i, afterMonth, DateValue.Day(first.AddDays(days - n)), DateValue.Day(first.AddDays(days - 1)));
        }
        return null;
    }

    private Piece? PartOfYear(int i, int next, int year, ReadOnlySpan<char> unit, int n, bool fromStart)
    {
        if (IsUnit(unit, "day"))
        {
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            return fromStart
                ? Span(i, next, DateValue.Day(first), DateValue.Day(first.AddDays(n - 1)))
                : Span(i, next, DateValue.Day(last.AddDays(1 - n)), DateValue.Day(last));
        }
        if (IsUnit(unit, "week"))
        {
            var weeks = System.Globalization.ISOWeek.GetWeeksInYear(year);
            var (low, high) = fromStart ? (1, n) : (weeks - n + 1, weeks);
            return low >= 1 && high <= weeks && IsoWeekStart(year, low) is { } a && IsoWeekStart(year, high) is { } b
                ? Span(i, next, DateValue.WeekOf(a), DateValue.WeekOf(b)) : null;
        }
        if (IsUnit(unit, "month") && n <= 12)
        {
            var (low, high) = fromStart ? (1, n) : (13 - n, 12);
            return Span(i, next, DateValue.Month(year, low), DateValue.Month(year, high));
        }
        return null;
    }

    /// <summary>"the fortnight" (this week and next), "the past fortnight" (the two weeks before this one), "the next fortnight" (the two after "the fortnight").</summary>
    private Piece? Fortnight(int i)
    {
        var j = Is(i, "the") ? i + 1 : i;
        var (low, next) = Is(j, "past") || Is(j, "last") || Is(j, "previous") ? (-2, j + 1)
            : Is(j, "next") || Is(j, "coming") ? (2, j + 1)
            : Is(j, "this") ? (0, j + 1)
            : (0, j);
        if (!Is(next, "fortnight") || (next == i && low == 0))
        {
            return null;
        }
        return Span(i, next + 1, DateValue.WeekOf(_reference.AddDays(7 * low)), DateValue.WeekOf(_reference.AddDays(7 * (low + 1))));
    }

    /// <summary>
    /// "a week starting tomorrow", "2 weeks starting May 20th", "3 days starting from next Monday": the days from the
    /// start for that long.
    /// </summary>
    private Piece? DurationFrom(int i)
    {
        if (CountAt(i) is not var (n, afterCount) || n is < 1 or > 366 || OffsetUnit(afterCount) is not var (days, months, k))
        {
            return null;
        }
        if (!(Is(k, "starting") || Is(k, "beginning") || Is(k, "commencing")))
        {
            return null;
        }
        k++;
        if (Is(k, "from") || Is(k, "on"))
        {
            k++;
        }
        return Best(k, allowBareDay: false) is { } start && Resolve(start) is { Grain: DateGrain.Day } first
            ? Span(i, start.Next, first, DateValue.Day(Add(first.First, days, months, n).AddDays(-1)))
            : null;
    }

    /// <summary>
    /// "the latest quarter", "the most recent quarter", and "the quarter" after "in", "for", "during" or "of": in news
    /// of company results, the last quarter that has ended.
    /// </summary>
    private Piece? ReportedQuarter(int i)
    {
        if (!Is(i, "the"))
        {
            return null;
        }
        var j = i + 1;
        if (Is(j, "latest") || (Is(j, "most") && Is(j + 1, "recent")))
        {
            j += Is(j, "latest") ? 1 : 2;
        }
        else if (!(Is(i - 1, "in") || Is(i - 1, "for") || Is(i - 1, "during") || Is(i - 1, "of")) || !EndsPhrase(j + 1))
        {
            return null;
        }
        // "the latest period" is the quarter the report is about only once one was named.
        if (!Is(j, "quarter") && !(Is(j, "period") && j > i + 1 && _quarterInFocus is not null))
        {
            return null;
        }
        var ended = _reference.AddMonths(-3);
        // "the latest quarter" says which quarter by itself; "the quarter" and "the latest period" point back at the one in focus.
        var latest = j > i + 1 && Is(j, "quarter");
        return new Piece(i, j + 1, null, (latest ? null : QuarterInFocus) ?? DateValue.Quarter(ended.Year, (ended.Month + 2) / 3));
    }

    private static Piece Span(int first, int next, DateValue low, DateValue high) => new(first, next, null, low, High: high);

    private static bool IsUnit(ReadOnlySpan<char> word, string unit) =>
        word.Equals(unit, StringComparison.OrdinalIgnoreCase) || (word.Length == unit.Length + 1 && word.StartsWith(unit, StringComparison.OrdinalIgnoreCase) && word[^1] is 's' or 'S');
}

namespace NewsWatch.Entities.Dates;

/// <summary>
/// Results news: "Net income rose 5% in the third quarter from $3 million a year earlier", "In the year-ago quarter it
/// lost $1 million". The period a year back is the quarter the report is about, not the calendar year.
/// </summary>
internal sealed partial class DateParser
{
    /// <summary>
    /// The quarter the text last named ("the third quarter", "the fiscal first quarter"), set by the recogniser as it reads
    /// left to right: "a year earlier", "the year-ago period" and "the 1988 period" compare with that quarter.
    /// </summary>
    private DateValue? _quarterInFocus;

    /// <summary>Whether the expression being parsed was valued from <see cref="_quarterInFocus"/>: then it names no new quarter.</summary>
    private bool _focusUsed;

    /// <summary>Told of each expression the recogniser takes, in text order: it becomes the last date named, and a quarter it names comes into focus.</summary>
    public void Taken(DateHit hit)
    {
        if (hit.High is null)
        {
            _lastTaken = hit.Value;
        }

        if (hit.High is null && hit.Value.Grain == DateGrain.Quarter && !_focusUsed)
        {
            _quarterInFocus = hit.Value;
        }
    }

    private DateValue? QuarterInFocus
    {
        get
        {
            _focusUsed |= _quarterInFocus is not null;
            return _quarterInFocus;
        }
    }

    /// <summary>"a year ago" after a quarter was named: the same quarter that many years back.</summary>
    private DateValue? QuarterYearsBack(int years) =>
        QuarterInFocus is { } q ? DateValue.Quarter(q.First.Year - years, (q.First.Month + 2) / 3) : null;

    /// <summary>
    /// "the year-ago quarter", "the year-earlier period", "the year-ago third quarter" (the third quarter of the year
    /// before the quarter in focus, or before the reference), and "the 1988 period" (the quarter in focus, in 1988).
    /// Without a quarter in focus "the year-ago quarter" is the last ended quarter a year back, and a period has no value.
    /// </summary>
    private Piece? YearAgoPeriod(int i)
    {
        // "year-earlier results", "year-ago levels": the compound alone, before a noun.
        if (Is(i, "year") && IsGluedDash(i + 1) && (Is(i + 2, "ago") || Is(i + 2, "earlier")))
        {
            return new Piece(i, i + 3, null, QuarterYearsBack(1) ?? DateValue.Year(_reference.Year - 1));
        }
        if (!Is(i, "the"))
        {
            return null;
        }
        int? year = null;
        var j = i + 1;
        if (Is(j, "year") && IsGluedDash(j + 1) && (Is(j + 2, "ago") || Is(j + 2, "earlier")))
        {
            j += 3;
        }
        else if (_tokens.Count > j && _tokens[j].Kind == ScanTokenKind.Number && Year(j, twoDigits: false) is var (y, afterYear))
        {
            year = y;
            j = afterYear;
        }
        else
        {
            return null;
        }
        var focus = QuarterInFocus;
        var quarter = focus is { } q ? (q.First.Month + 2) / 3 : (int?)null;
        var focusYear = focus?.First.Year ?? _reference.Year;
        if (year is null && OrdinalAt(j) is var (n, afterN) && n is >= 1 and <= 4 && Is(afterN, "quarter"))
        {
            return new Piece(i, afterN + 1, null, DateValue.Quarter(focusYear - 1, n));
        }
        if (quarter is null && year is null && Is(j, "quarter"))
        {
            // No quarter named yet: results news reports on the last quarter that has ended.
            var ended = _reference.AddMonths(-3).AddYears(-1);
            return new Piece(i, j + 1, null, DateValue.Quarter(ended.Year, (ended.Month + 2) / 3));
        }
        if (quarter is null || !(Is(j, "quarter") || Is(j, "period")))
        {
            return null;
        }
        return new Piece(i, j + 1, null, DateValue.Quarter(year ?? focusYear - 1, quarter.Value));
    }
}

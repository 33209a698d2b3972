namespace NewsWatch.Entities.Dates;

/// <summary>
/// The periods company reports are about: "fiscal 1989", "the fiscal first quarter", "the current fiscal year", "the full
/// year", "the quarter ended Sept. 30", "year-end".
/// </summary>
internal sealed partial class DateParser
{
    /// <summary>
    /// "fiscal 1989" (the year), "the fiscal first quarter", "the fiscal-first quarter", "fiscal second-quarter" (the
    /// reference year's quarter, as "the first quarter" is), "the current fiscal year" and "the full year" (the reference year).
    /// </summary>
    private Piece? FiscalPeriod(int i)
    {
        var the = Is(i, "the");
        var j = the ? i + 1 : i;
        var fiscal = Is(j, "fiscal");
        if (fiscal)
        {
            j++;
            if (Year(j, twoDigits: false) is var (year, afterYear))
            {
                return new Piece(i, afterYear, new Cal(year, null, null), null);
            }
            if (IsGluedDash(j))
            {
                j++;
            }
            if (OrdinalAt(j) is var (n, afterN) && n is >= 1 and <= 4)
            {
                var quarter = IsGluedDash(afterN) ? afterN + 1 : afterN;
                return Is(quarter, "quarter") ? new Piece(i, quarter + 1, null, DateValue.Quarter(_reference.Year, n)) : null;
            }
        }
        if (!the)
        {
            return null;
        }
        var current = Is(j, "current") && Is(j + 1, "fiscal");
        if (current && Is(j + 2, "year") || Is(j, "full") && Is(j + 1, "year"))
        {
            var next = current ? j + 3 : j + 2;
            return new Piece(i, next, null, DateValue.Year(_reference.Year));
        }
        return null;
    }

    /// <summary>"year-end", "year end", "year's end": the last day of the reference year, or of the year before in a past clause ("since year-end").</summary>
    private Piece? YearEnd(int i)
    {
        if (!Is(i, "year"))
        {
            return null;
        }
        var j = i + 1;
        if (IsGluedDash(j) || ((Punct(j, '\'') || Punct(j, '’')) && Is(j + 1, "s")))
        {
            j += IsGluedDash(j) ? 1 : 2;
        }
        if (!Is(j, "end"))
        {
            return null;
        }
        var past = Is(i - 1, "since") || CurrentTense == Tense.Past;
        return new Piece(i, j + 1, null, DateValue.Day(new DateOnly(past ? _reference.Year - 1 : _reference.Year, 12, 31)));
    }
}

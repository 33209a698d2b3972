namespace NewsWatch.Entities.Dates;

/// <summary>Months and quarters of a year named relatively or by number: "June last year", "this year's third quarter", "the 1988 second quarter".</summary>
internal sealed partial class DateParser
{
    /// <summary>"June last year", "March of next year" ("may this year" only capitalised: "may" is mostly a verb).</summary>
    private Piece? MonthOfRelativeYear(int i)
    {
        if (Month(i) is not var (month, j) || (DateWords.AmbiguousMonthsLookup.Contains(Word(i)) && !char.IsUpper(_text[_tokens[i].Start])))
        {
            return null;
        }
        var r = Is(j, "of") ? j + 1 : j;
        return r < Count && _tokens[r].Kind == ScanTokenKind.Word && YearRef(r) is var (year, next)
            ? new Piece(i, next, new Cal(year, month, null), null)
            : null;
    }

    /// <summary>"this year's third quarter", "next year's first quarter", "the 1988 third quarter", "the 1989 third-quarter".</summary>
    private Piece? QuarterOfYear(int i)
    {
        var j = Is(i, "the") ? i + 1 : i;
        if (YearRef(j) is not var (year, k))
        {
            return null;
        }
        if ((Punct(k, '\'') || Punct(k, '’')) && Is(k + 1, "s"))
        {
            k += 2;
        }
        if (OrdinalAt(k) is not var (n, afterN) || n is < 1 or > 4)
        {
            return null;
        }
        var quarter = IsGluedDash(afterN) ? afterN + 1 : afterN;
        return Is(quarter, "quarter") ? new Piece(i, quarter + 1, null, DateValue.Quarter(year, n)) : null;
    }
}

namespace NewsWatch.Entities.Dates;

/// <summary>Halves of a named year: "the first half of 1989", "the second half of next year", "the first two quarters of 1990".</summary>
internal sealed partial class DateParser
{
    /// <summary>
    /// "[the] first|second|last|latter half of" and "[the] first|last two quarters of" a year ("1989", "this year", "next
    /// year", "the year"). A half with no year after it is left alone: "in the first half" is as often a match as a year.
    /// </summary>
    private Piece? HalfOfYear(int i)
    {
        var j = Is(i, "the") ? i + 1 : i;
        int half;
        if (Is(j, "first"))
        {
            half = 1;
        }
        else if (Is(j, "second") || Is(j, "last") || Is(j, "latter"))
        {
            half = 2;
        }
        else
        {
            return null;
        }
        var k = Is(j + 1, "half") ? j + 2 : Is(j + 1, "two") && Is(j + 2, "quarters") ? j + 3 : -1;
        if (k < 0 || !Is(k, "of"))
        {
            return null;
        }
        if (YearRef(k + 1) is var (year, next))
        {
            return new Piece(i, next, null, DateValue.Half(year, half));
        }
        return Is(k + 1, "the") && Is(k + 2, "year") ? new Piece(i, k + 3, null, DateValue.Half(_reference.Year, half)) : null;
    }
}

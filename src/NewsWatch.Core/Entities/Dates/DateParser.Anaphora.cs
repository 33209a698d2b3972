namespace NewsWatch.Entities.Dates;

/// <summary>
/// Periods named from the date the text last gave rather than from the publication date: "In 1995 it opened a plant;
/// the following year it closed it", "that year", "that quarter".
/// </summary>
internal sealed partial class DateParser
{
    /// <summary>The value of the last expression the recogniser took, in text order (see <see cref="Taken"/>).</summary>
    private DateValue? _lastTaken;

    /// <summary>
    /// "the following year", "the previous month", "the preceding year": a year or month before or after the one the
    /// text last named; "that year", "that month", "that quarter": the one it last named. Null when it named none of that
    /// grain or finer, so "the following year" falls back to counting from the reference.
    /// </summary>
    private Piece? AnaphoricPeriod(int i)
    {
        int shift;
        int j;
        if (Is(i, "that"))
        {
            (shift, j) = (0, i + 1);
        }
        else if (Is(i, "the") && (Is(i + 1, "following") || Is(i + 1, "previous") || Is(i + 1, "preceding")))
        {
            (shift, j) = (Is(i + 1, "following") ? 1 : -1, i + 2);
        }
        else
        {
            return null;
        }
        if (Is(j, "quarter") && shift == 0)
        {
            return _quarterInFocus is { } q ? new Piece(i, j + 1, null, q) : null;
        }
        if (_lastTaken is not { } anchor || anchor.Grain > DateGrain.Year)
        {
            return null;
        }
        if (Is(j, "year"))
        {
            return new Piece(i, j + 1, null, DateValue.Year(anchor.First.Year + shift));
        }
        if (Is(j, "month") && anchor.Grain is DateGrain.Day or DateGrain.Month)
        {
            var month = anchor.First.AddMonths(shift);
            return new Piece(i, j + 1, null, DateValue.Month(month.Year, month.Month));
        }
        return null;
    }
}

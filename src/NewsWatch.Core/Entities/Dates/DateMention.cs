namespace NewsWatch.Entities.Dates;

/// <summary>
/// A date expression found in text, resolved against a reference (publication) date. <see cref="Start"/>/<see cref="End"/>
/// are UTF-16 offsets, end exclusive. A single date or period has a TIMEX3 value in <see cref="Timex"/>
/// ("2024-06-13", "2024-W23", "2024-06", "2024-Q2", "2024"); a range has <see cref="RangeStart"/> and
/// <see cref="RangeEnd"/> (TIMEX3 values of its first and last part, both inclusive: "July 9–11" is 2024-07-09 to
/// 2024-07-11, "from March to May" is 2024-03 to 2024-05) and no <see cref="Timex"/>.
/// </summary>
public sealed record DateMention(int Start, int End, string Text, string? Timex, string? RangeStart, string? RangeEnd)
{
    /// <summary>
    /// True for a length of time counted from the reference ("the past two months", "the next 3 days"): it is given as
    /// the range it covers, but TimeML calls it a DURATION, not a DATE.
    /// </summary>
    public bool IsDuration { get; init; }
}

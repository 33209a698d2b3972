namespace NewsWatch.Entities.Dates;

/// <summary>What the clause around a date says about when it is, as far as <see cref="TenseCues"/> can tell.</summary>
internal enum Tense
{
    Unknown,
    Past,
    Future,
}

namespace NewsWatch.Entities.People;

/// <summary>
/// One term of office from <c>office_holders.tsv</c>: <paramref name="Country"/> is an ISO 3166 alpha-2 code or
/// NATO/EU/UN; <paramref name="Office"/> is head_of_state, head_of_government, vice_president (US), foreign_minister, defence_minister,
/// secretary_general or one of the eu_* offices; <paramref name="To"/> is null while the holder is in office.
/// </summary>
public sealed record OfficeHolder(string Name, string Country, string Office, DateOnly From, DateOnly? To)
{
    /// <summary>True when the term covers <paramref name="on"/> (the end date is the successor's first day).</summary>
    public bool InOfficeOn(DateOnly on) => From <= on && (To is not { } to || on < to);

    /// <summary>Days from <paramref name="on"/> to the nearest day of the term; 0 inside it.</summary>
    public int DaysFrom(DateOnly on) =>
        on < From ? From.DayNumber - on.DayNumber
        : To is { } to && on >= to ? on.DayNumber - to.DayNumber + 1
        : 0;
}

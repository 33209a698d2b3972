namespace NewsWatch.Entities;

/// <summary>The four entity labels NewsWatch tags. The string forms are what the CLI and the database use.</summary>
public static class EntityType
{
    public const string Person = "PERSON";
    public const string Country = "COUNTRY";
    public const string Amount = "AMOUNT";
    public const string Date = "DATE";

    public static readonly IReadOnlyList<string> All = [Person, Country, Amount, Date];
}

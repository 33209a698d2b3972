namespace NewsWatch.Entities.Countries;

/// <summary>A country (ISO 3166-1, plus Kosovo as XK) with its common English name.</summary>
public sealed record CountryEntry(string Iso2, string Alpha3, string Name);

namespace NewsWatch.Entities.Countries;

/// <summary>A body that gives or receives aid like a country does (EU, NATO, UN, ...). <see cref="Code"/> is a short stable key.</summary>
public sealed record OrganisationEntry(string Code, string Name);

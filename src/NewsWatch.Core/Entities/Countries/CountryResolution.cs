namespace NewsWatch.Entities.Countries;

/// <summary>
/// What a span names: a country (<see cref="Code"/> = ISO 3166-1 alpha-2, <see cref="Name"/> = common English name),
/// or, when <see cref="IsOrganisation"/>, a body such as the EU or NATO (<see cref="Code"/> = its short code).
/// <see cref="Kind"/> tells whether the span was a name, a demonym/adjective, or an organisation.
/// </summary>
public sealed record CountryResolution(string Code, string Name, GazetteerKind Kind)
{
    public bool IsOrganisation => Kind == GazetteerKind.Organisation;
}

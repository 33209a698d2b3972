namespace NewsWatch.Entities.Countries;

/// <summary>
/// A gazetteer hit over a token sequence: <see cref="Start"/> and <see cref="Length"/> count tokens.
/// <see cref="Code"/> is the ISO 3166-1 alpha-2 code, or the organisation code for <see cref="GazetteerKind.Organisation"/>.
/// </summary>
public readonly record struct GazetteerMatch(int Start, int Length, string Code, GazetteerKind Kind);

namespace NewsWatch.Entities.Amounts;

/// <summary>
/// One way of writing a currency: "$", "US$", "EUR", "euros", "cents". <see cref="Scale"/> converts a count of it to
/// whole units of <see cref="Iso"/> (cents: 0.01, MUSD: 1,000,000).
/// </summary>
internal sealed record CurrencyUnit(
    string[] Tokens,
    string Iso,
    decimal Scale,
    bool BeforeNumber,
    bool AfterNumber,
    bool BeforeOnlyWithMultiplier,
    bool CaseSensitive,
    bool Tight,
    bool NeedsMultiplier,
    bool AlsoWeight)
{
    public bool IsSubunit => Scale < 1;

    /// <summary>A unit written as a symbol ("$", "€", "US$"), which may be glued to either neighbour.</summary>
    public bool EndsInSymbol => Tokens[^1].Length == 1 && !char.IsLetter(Tokens[^1][0]);
}

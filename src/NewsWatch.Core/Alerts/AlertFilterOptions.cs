namespace NewsWatch.Alerts;

/// <summary>
/// Which events a webhook is told about. Every non-empty criterion must hold; an empty list or a
/// null minimum accepts everything. Lists match case-insensitively. By default an event without an
/// amount is stored but not alerted: "new aid for Ukraine" without a sum is rarely worth a ping, and
/// such events were the commonest false alerts on real text.
/// </summary>
public sealed class AlertFilterOptions
{
    /// <summary>Minimum <c>amount_usd</c>. An event without a USD value does not pass a minimum. Default: none.</summary>
    public decimal? MinAmountUsd { get; set; }

    /// <summary>Donor ISO 3166-1 alpha-2 codes or names (<c>US</c>, <c>EU</c>, <c>Germany</c>). Default: any.</summary>
    public List<string> Donors { get; set; } = [];

    /// <summary>Recipient codes or names. Default: any.</summary>
    public List<string> Recipients { get; set; } = [];

    /// <summary>Aid types: <c>military</c>, <c>financial</c>, <c>humanitarian</c>, <c>training</c>. Default: any.</summary>
    public List<string> AidTypes { get; set; } = [];

    /// <summary>Measures: <c>pledge</c>, <c>delivery</c>. Default: any.</summary>
    public List<string> Measures { get; set; } = [];

    /// <summary>Also alert events whose announcement names no amount. Default: false.</summary>
    public bool IncludeWithoutAmount { get; set; }

    /// <summary>Minimum confidence (0–1) of the event: the classifier's probability discounted for borrowed or missing slots. Default: none.</summary>
    public float? MinConfidence { get; set; }

    public bool Matches(AidEventAlert alert)
    {
        if (alert.Amount is null && !IncludeWithoutAmount) return false;
        if (MinConfidence is { } least && alert.Confidence < least) return false;
        if (MinAmountUsd is { } min && !(alert.AmountUsd >= min)) return false;
        return MatchesParty(Donors, alert.Donor)
            && MatchesParty(Recipients, alert.Recipient)
            && MatchesWord(AidTypes, alert.AidType)
            && MatchesWord(Measures, alert.Measure);
    }

    private static bool MatchesParty(List<string> wanted, AlertParty party) =>
        wanted.Count == 0 || wanted.Exists(w => Same(w, party.Code) || Same(w, party.Name));

    private static bool MatchesWord(List<string> wanted, string value) => wanted.Count == 0 || wanted.Exists(w => Same(w, value));

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b, StringComparison.OrdinalIgnoreCase);
}

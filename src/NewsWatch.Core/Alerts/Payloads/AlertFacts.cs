using System.Globalization;

namespace NewsWatch.Alerts.Payloads;

/// <summary>The labelled facts the chat formats show as fields (Slack, Discord) or a fact set (Teams).</summary>
public static class AlertFacts
{
    public static IReadOnlyList<(string Label, string Value)> For(AidEventAlert e)
    {
        var facts = new List<(string, string)>
        {
            ("Donor", Party(e.Donor)),
            ("Recipient", Party(e.Recipient)),
            ("Amount", AmountText.Describe(e) ?? "not stated"),
            ("Aid type", e.AidType),
            ("Measure", e.Measure),
            ("Announced", e.AnnouncedOn ?? "unknown"),
        };
        if (e.Items.Count > 0) facts.Add(("Items", string.Join(", ", e.Items)));
        if (e.Parts.Count > 0)
            facts.Add(("Parts", string.Join("; ", e.Parts.Select(p => $"{p.Amount.ToString("#,0.##", CultureInfo.InvariantCulture)} {p.Currency} {p.What}".Trim()))));
        facts.Add(("Confidence", e.Confidence.ToString("0.00", CultureInfo.InvariantCulture)));
        return facts;
    }

    /// <summary>A source as people name it: its title, else its host.</summary>
    public static string SourceLabel(AlertSource source) =>
        !string.IsNullOrWhiteSpace(source.Title) ? source.Title
        : Uri.TryCreate(source.Url, UriKind.Absolute, out var uri) ? uri.Host : source.Url;

    /// <summary>Cuts <paramref name="text"/> to a platform's field limit, marking the cut.</summary>
    public static string Truncate(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    private static string Party(AlertParty party) =>
        string.Equals(party.Name, party.Code, StringComparison.OrdinalIgnoreCase) ? party.Name : $"{party.Name} ({party.Code})";
}

namespace NewsWatch.Alerts.Payloads;

/// <summary>
/// The one-line, human summary every payload carries:
/// "United States pledges $1.2 billion military aid to Ukraine (3 sources)".
/// </summary>
public static class AlertSummary
{
    public static string Describe(AlertMessage message)
    {
        var e = message.Event;
        var prefix = (message.IsTest ? "[Test] " : "") + (message.Kind == AlertKind.AmountChanged ? "Amount revised: " : "");
        var verb = e.Measure.ToLowerInvariant() switch
        {
            "pledge" => "pledges",
            "delivery" => "delivers",
            _ => "announces",
        };
        var amount = AmountText.Describe(e) is { } a ? a + " " : "";
        var sources = e.Sources.Count == 1 ? "1 source" : $"{e.Sources.Count} sources";
        return $"{prefix}{e.Donor.Name} {verb} {amount}{e.AidType} aid to {e.Recipient.Name} ({sources})";
    }
}

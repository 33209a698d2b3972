using System.Text.Json.Nodes;

namespace NewsWatch.Alerts.Payloads;

/// <summary>
/// Slack incoming-webhook shape: <c>text</c> (the notification and fallback line) and Block Kit
/// <c>blocks</c>: the summary, the facts as fields, the evidence quoted, and source links.
/// </summary>
public static class SlackPayloadFormatter
{
    // Block Kit limits: section text 3000 characters, at most 10 fields of 2000, 10 context elements.
    private const int MaxText = 3000;
    private const int MaxFields = 10;
    private const int MaxFieldText = 2000;
    private const int MaxSources = 9;

    public static JsonObject Format(AlertMessage message)
    {
        var summary = AlertSummary.Describe(message);
        var e = message.Event;
        var fields = new JsonArray();
        foreach (var (label, value) in AlertFacts.For(e).Take(MaxFields))
            fields.Add(Mrkdwn(AlertFacts.Truncate($"*{Escape(label)}*\n{Escape(value)}", MaxFieldText)));

        var sources = new JsonArray();
        foreach (var source in e.Sources.Take(MaxSources))
            sources.Add(Mrkdwn($"<{Escape(source.Url)}|{Escape(AlertFacts.SourceLabel(source))}>"));
        sources.Add(Mrkdwn($"NewsWatch · event {e.EventId} v{e.Version} · delivery {message.DeliveryId}"));

        return new JsonObject
        {
            ["text"] = summary,
            ["blocks"] = new JsonArray(
                Section(new JsonObject { ["text"] = Mrkdwn(AlertFacts.Truncate($"*{Escape(summary)}*", MaxText)) }),
                Section(new JsonObject { ["fields"] = fields }),
                Section(new JsonObject { ["text"] = Mrkdwn(AlertFacts.Truncate("> " + Escape(e.Evidence), MaxText)) }),
                new JsonObject { ["type"] = "context", ["elements"] = sources }),
        };
    }

    private static JsonObject Section(JsonObject content)
    {
        content["type"] = "section";
        return content;
    }

    private static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };

    /// <summary>Slack's three control characters in mrkdwn; everything else is literal.</summary>
    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}

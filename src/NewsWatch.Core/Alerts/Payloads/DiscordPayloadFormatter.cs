using System.Text.Json.Nodes;
using NewsWatch.Common;
using NewsWatch.Storage;

namespace NewsWatch.Alerts.Payloads;

/// <summary>
/// Discord webhook shape: <c>content</c> (the summary) and one embed with the facts, the evidence
/// and source links. Mentions are disabled, so "@everyone" quoted in an article pings nobody.
/// </summary>
public static class DiscordPayloadFormatter
{
    // Discord limits: content 2000, embed title 256, description 4096, field name 256, value 1024.
    private const int MaxContent = 2000;
    private const int MaxTitle = 256;
    private const int MaxDescription = 4096;
    private const int MaxFieldValue = 1024;

    public static JsonObject Format(AlertMessage message)
    {
        var e = message.Event;
        var fields = new JsonArray();
        foreach (var (label, value) in AlertFacts.For(e))
            fields.Add(Field(label, value, inline: true));
        if (e.Sources.Count > 0)
            fields.Add(Field("Sources", string.Join("\n", e.Sources.Select(s => $"[{AlertFacts.SourceLabel(s)}]({s.Url})")), inline: false));

        var embed = new JsonObject
        {
            ["title"] = AlertFacts.Truncate($"{e.Donor.Name} → {e.Recipient.Name}: {e.AidType} {e.Measure}", MaxTitle),
            ["description"] = AlertFacts.Truncate("> " + e.Evidence, MaxDescription),
            ["fields"] = fields,
            ["footer"] = new JsonObject { ["text"] = $"NewsWatch · event {e.EventId} v{e.Version} · delivery {message.DeliveryId}" },
            ["timestamp"] = Timestamps.Format(message.SentAt),
        };
        if (e.Sources.Count > 0) embed["url"] = e.Sources[0].Url;

        return new JsonObject
        {
            ["content"] = AlertFacts.Truncate(AlertSummary.Describe(message), MaxContent),
            ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() },
            ["embeds"] = new JsonArray(embed),
        };
    }

    private static JsonObject Field(string name, string value, bool inline) => new()
    {
        ["name"] = name,
        ["value"] = AlertFacts.Truncate(value, MaxFieldValue),
        ["inline"] = inline,
    };
}

using System.Text.Json.Nodes;

namespace NewsWatch.Alerts.Payloads;

/// <summary>
/// Microsoft Teams shape: a message with one Adaptive Card (schema 1.4), what the Teams
/// Workflows webhook ("post to a channel when a webhook request is received") expects now that
/// Office 365 connectors and their MessageCards are retired.
/// </summary>
public static class TeamsPayloadFormatter
{
    private const int MaxActions = 5;

    public static JsonObject Format(AlertMessage message)
    {
        var e = message.Event;
        var facts = new JsonArray();
        foreach (var (label, value) in AlertFacts.For(e))
            facts.Add(new JsonObject { ["title"] = label, ["value"] = value });
        var actions = new JsonArray();
        foreach (var source in e.Sources.Take(MaxActions))
            actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = AlertFacts.Truncate(AlertFacts.SourceLabel(source), 60), ["url"] = source.Url });

        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.4",
            ["body"] = new JsonArray(
                new JsonObject { ["type"] = "TextBlock", ["text"] = AlertSummary.Describe(message), ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
                new JsonObject { ["type"] = "TextBlock", ["text"] = e.Evidence, ["isSubtle"] = true, ["wrap"] = true },
                new JsonObject { ["type"] = "FactSet", ["facts"] = facts },
                new JsonObject { ["type"] = "TextBlock", ["text"] = $"NewsWatch · event {e.EventId} v{e.Version} · delivery {message.DeliveryId}", ["size"] = "Small", ["isSubtle"] = true, ["wrap"] = true }),
            ["actions"] = actions,
        };
        return new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.card.adaptive",
                ["contentUrl"] = null,
                ["content"] = card,
            }),
        };
    }
}

using System.Text.Json.Nodes;
using NewsWatch.Common;
using NewsWatch.Storage;

namespace NewsWatch.Alerts.Payloads;

/// <summary>The documented NewsWatch payload: <c>{ type, delivery_id, sent_at, summary, event }</c> (+ <c>test: true</c> for samples).</summary>
public static class GenericPayloadFormatter
{
    public static JsonObject Format(AlertMessage message)
    {
        var root = new JsonObject
        {
            ["type"] = message.Kind.ToEventType(),
            ["delivery_id"] = message.DeliveryId,
            ["sent_at"] = Timestamps.Format(message.SentAt),
            ["summary"] = AlertSummary.Describe(message),
        };
        if (message.IsTest) root["test"] = true;
        root["event"] = AlertJson.ToNode(message.Event);
        return root;
    }
}

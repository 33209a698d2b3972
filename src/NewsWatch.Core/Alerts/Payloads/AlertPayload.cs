using System.Text.Json.Nodes;

namespace NewsWatch.Alerts.Payloads;

/// <summary>Picks the formatter for a webhook's <see cref="WebhookFormat"/> and renders the exact body bytes to send (and sign).</summary>
public static class AlertPayload
{
    public static byte[] Render(WebhookFormat format, AlertMessage message) => AlertJson.ToUtf8(Build(format, message));

    public static JsonObject Build(WebhookFormat format, AlertMessage message) => format switch
    {
        WebhookFormat.Generic => GenericPayloadFormatter.Format(message),
        WebhookFormat.Slack => SlackPayloadFormatter.Format(message),
        WebhookFormat.Discord => DiscordPayloadFormatter.Format(message),
        WebhookFormat.Teams => TeamsPayloadFormatter.Format(message),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}

namespace NewsWatch.Alerts;

/// <summary>The JSON shape POSTed to a webhook.</summary>
public enum WebhookFormat
{
    /// <summary><c>{ type, delivery_id, sent_at, summary, event }</c>, documented in docs/alerts.md.</summary>
    Generic,
    /// <summary>Slack incoming webhook: <c>text</c> + Block Kit <c>blocks</c>.</summary>
    Slack,
    /// <summary>Discord webhook: <c>content</c> + <c>embeds</c>.</summary>
    Discord,
    /// <summary>Microsoft Teams (Workflows "post to a channel when a webhook request is received"): an Adaptive Card message.</summary>
    Teams,
}

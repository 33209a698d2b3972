namespace NewsWatch.Alerts;

/// <summary>The headers every webhook POST carries (documented in docs/alerts.md).</summary>
public static class WebhookHeaders
{
    /// <summary>The delivery id: the same on every attempt of one alert; receivers dedupe on it.</summary>
    public const string Delivery = "X-NewsWatch-Delivery";
    /// <summary><c>aid_event.new</c> or <c>aid_event.amount_changed</c>.</summary>
    public const string Event = "X-NewsWatch-Event";
    /// <summary>1 for the first send, 2 for the first retry, ...</summary>
    public const string Attempt = "X-NewsWatch-Attempt";
    /// <summary>Unix seconds when this attempt was signed; part of the signed material.</summary>
    public const string Timestamp = "X-NewsWatch-Timestamp";
    /// <summary><c>sha256=&lt;hex&gt;</c>, present when the webhook has a secret. See <see cref="WebhookSignature"/>.</summary>
    public const string Signature = "X-NewsWatch-Signature";
    /// <summary><c>true</c> on samples sent by <c>newswatch alerts test</c>.</summary>
    public const string Test = "X-NewsWatch-Test";
}

using System.ComponentModel.DataAnnotations;

namespace NewsWatch.Alerts;

/// <summary>One alert receiver.</summary>
public sealed class WebhookOptions
{
    /// <summary>Names the webhook in the outbox, logs and <c>newswatch alerts</c>. Required, unique (case-insensitive).</summary>
    [Required, MaxLength(100)]
    public string Name { get; set; } = "";

    /// <summary>
    /// Absolute http(s) URL to POST to. Treated as a credential (Slack, Discord and Teams URLs
    /// embed a token): it is never logged nor stored in the database.
    /// </summary>
    [Required]
    public string Url { get; set; } = "";

    /// <summary>Payload shape. Default: <see cref="WebhookFormat.Generic"/>.</summary>
    public WebhookFormat Format { get; set; } = WebhookFormat.Generic;

    /// <summary>HMAC-SHA256 key for <c>X-NewsWatch-Signature</c>. Optional; prefer <see cref="SecretEnvironmentVariable"/>.</summary>
    public string? Secret { get; set; }

    /// <summary>Name of an environment variable holding the secret (instead of <see cref="Secret"/>). Must be set when named.</summary>
    public string? SecretEnvironmentVariable { get; set; }

    /// <summary>Which events this webhook wants. Default: all.</summary>
    public AlertFilterOptions Filters { get; set; } = new();

    /// <summary>The signing secret from <see cref="Secret"/> or the named environment variable; null when unsigned.</summary>
    public string? ResolveSecret()
    {
        if (!string.IsNullOrEmpty(Secret)) return Secret;
        return string.IsNullOrEmpty(SecretEnvironmentVariable) ? null : NullIfEmpty(Environment.GetEnvironmentVariable(SecretEnvironmentVariable));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}

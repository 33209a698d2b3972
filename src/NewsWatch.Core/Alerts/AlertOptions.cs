using System.ComponentModel.DataAnnotations;

namespace NewsWatch.Alerts;

/// <summary>
/// Webhook alerts (configuration section <c>Alerts</c>): where to send them and how hard to try.
/// With no webhooks configured, nothing is enqueued and nothing is sent.
/// </summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    /// <summary>The receivers. Each gets its own outbox row (and delivery id) per event version.</summary>
    public List<WebhookOptions> Webhooks { get; set; } = [];

    /// <summary>Sends per alert before it is marked dead. Default: 12 (about 5 hours of retrying with the default backoff).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = DefaultMaxAttempts;

    /// <summary>Wait after the first failed attempt; it doubles per failure. Default: 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan InitialBackoff { get; set; } = DefaultInitialBackoff;

    /// <summary>Longest wait between attempts, also the cap on a receiver's Retry-After. Default: 1 hour.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = DefaultMaxBackoff;

    /// <summary>How long one POST may take, response included. Default: 15 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = DefaultRequestTimeout;

    /// <summary>
    /// How long a dispatcher owns a claimed alert. If the process dies mid-send, the alert is sent
    /// again (same delivery id) once this runs out. Must exceed <see cref="RequestTimeout"/>. Default: 2 minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan LeaseDuration { get; set; } = DefaultLeaseDuration;

    /// <summary>Alerts sent at the same time by one dispatch pass. Default: 4.</summary>
    [Range(1, 32)]
    public int MaxConcurrentDeliveries { get; set; } = DefaultMaxConcurrentDeliveries;

    /// <summary>How often the daemon looks for due alerts. Default: 15 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan DispatchInterval { get; set; } = DefaultDispatchInterval;

    public const int DefaultMaxAttempts = 12;
    public static readonly TimeSpan DefaultInitialBackoff = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan DefaultMaxBackoff = TimeSpan.FromHours(1);
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan DefaultLeaseDuration = TimeSpan.FromMinutes(2);
    public const int DefaultMaxConcurrentDeliveries = 4;
    public static readonly TimeSpan DefaultDispatchInterval = TimeSpan.FromSeconds(15);

    /// <summary>Spread applied to each backoff delay (±20 %), so alerts that failed together do not retry together.</summary>
    public const double BackoffJitter = 0.2;

    /// <summary>The webhook with this name (case-insensitive), or null.</summary>
    public WebhookOptions? FindWebhook(string name) =>
        Webhooks.FirstOrDefault(w => string.Equals(w.Name, name, StringComparison.OrdinalIgnoreCase));
}

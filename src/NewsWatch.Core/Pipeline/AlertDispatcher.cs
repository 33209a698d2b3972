using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsWatch.Alerts;
using NewsWatch.Common;
using NewsWatch.Storage;

namespace NewsWatch.Pipeline;

/// <summary>
/// Sends due outbox alerts. Each alert is claimed with a lease (and its attempt counted) before it
/// is sent, and its result recorded after: a process that dies in between leaves a lease that runs
/// out, and the alert is sent again with the same delivery id. Delivery is therefore at least once;
/// receivers dedupe on <c>X-NewsWatch-Delivery</c>.
/// </summary>
public sealed partial class AlertDispatcher(AlertOutbox outbox, WebhookSender sender, IOptions<AlertOptions> options,
    NewsWatchMetrics metrics, TimeProvider time, ILogger<AlertDispatcher> logger)
{
    /// <summary>
    /// One pass: sends every alert that is due (up to <see cref="AlertOptions.MaxConcurrentDeliveries"/>
    /// at a time) until none is left, recording each attempt.
    /// </summary>
    public async Task<DispatchSummary> DispatchDueAsync(CancellationToken ct)
    {
        var workers = Enumerable.Range(0, options.Value.MaxConcurrentDeliveries).Select(_ => DrainAsync(ct));
        var outcomes = await Task.WhenAll(workers).ConfigureAwait(false);
        return DispatchSummary.From(outcomes.SelectMany(o => o));
    }

    private async Task<List<AlertOutcome>> DrainAsync(CancellationToken ct)
    {
        var outcomes = new List<AlertOutcome>();
        while (await ClaimNextAsync(ct).ConfigureAwait(false) is { } claimed)
        {
            var result = await SendAsync(claimed, ct).ConfigureAwait(false);
            var outcome = await RecordAsync(claimed, result).ConfigureAwait(false);
            metrics.Alert(outcome switch
            {
                AlertOutcome.Delivered => "delivered",
                AlertOutcome.Dead => "dead",
                AlertOutcome.LeaseLost => "lease_lost",
                _ => "retrying",
            });
            outcomes.Add(outcome);
        }
        return outcomes;
    }

    /// <summary>Leases the most overdue alert and counts the attempt, or returns null when none is due.</summary>
    internal async Task<ClaimedAlert?> ClaimNextAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return await outbox.ClaimNextAsync(now, now + options.Value.LeaseDuration, ct).ConfigureAwait(false);
    }

    /// <summary>Sends a claimed alert. Failures come back as a result; only cancellation throws.</summary>
    internal async Task<WebhookResult> SendAsync(ClaimedAlert claimed, CancellationToken ct)
    {
        var o = options.Value;
        if (claimed.Attempts > o.MaxAttempts)
        {
            // The last allowed attempt was claimed but never recorded (the process died mid-send).
            // Sending again would break the bound, and an alert that crashes the sender must not loop forever.
            return WebhookResult.Failed($"attempt {claimed.Attempts - 1} started but its result was never recorded (the process stopped)", TimeSpan.Zero);
        }
        if (o.FindWebhook(claimed.Webhook) is not { } webhook)
            return WebhookResult.Failed($"webhook '{claimed.Webhook}' is no longer configured", TimeSpan.Zero);
        try
        {
            var message = new AlertMessage(claimed.DeliveryId, AlertKindExtensions.ParseStorage(claimed.Kind), time.GetUtcNow(), AlertJson.Deserialize(claimed.Payload));
            return await sender.SendAsync(webhook, message, claimed.Attempts, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug or a bad stored payload: count it as a failed attempt so the alert ends up dead, not stuck.
            return WebhookResult.Failed($"{ex.GetType().Name}: {ex.Message}", TimeSpan.Zero);
        }
    }

    /// <summary>
    /// Logs the attempt and moves the row on: delivered, due again after a backoff, or dead. Runs to
    /// completion even during shutdown, because forgetting a sent alert would mean sending it again.
    /// </summary>
    internal async Task<AlertOutcome> RecordAsync(ClaimedAlert claimed, WebhookResult result)
    {
        var o = options.Value;
        var now = time.GetUtcNow();
        var (status, next) = result.Succeeded ? ("delivered", (DateTimeOffset?)null)
            : claimed.Attempts >= o.MaxAttempts ? ("dead", null)
            : ("pending", now + RetryDelay(claimed.Attempts, result.RetryAfter, o));

        var updated = await outbox.RecordAttemptAsync(claimed, result, status, next, now).ConfigureAwait(false);

        var duration = (long)result.Duration.TotalMilliseconds;
        if (updated == 0)
        {
            LogLeaseLost(claimed.DeliveryId, claimed.Webhook, claimed.Attempts);
            return AlertOutcome.LeaseLost;
        }
        switch (status)
        {
            case "delivered":
                LogDelivered(claimed.DeliveryId, claimed.EventId, claimed.EventVersion, claimed.Webhook, result.StatusCode, claimed.Attempts, duration);
                return AlertOutcome.Delivered;
            case "dead":
                LogDead(claimed.DeliveryId, claimed.EventId, claimed.EventVersion, claimed.Webhook, claimed.Attempts, result.Error);
                return AlertOutcome.Dead;
            default:
                LogRetrying(claimed.DeliveryId, claimed.EventId, claimed.EventVersion, claimed.Webhook, claimed.Attempts, o.MaxAttempts, result.Error, next!.Value);
                return AlertOutcome.Retrying;
        }
    }

    /// <summary>Exponential backoff with jitter; a receiver's Retry-After is honoured up to <see cref="AlertOptions.MaxBackoff"/>.</summary>
    private static TimeSpan RetryDelay(int failures, TimeSpan? retryAfter, AlertOptions o) =>
        Backoff.Delay(failures, o.InitialBackoff, o.MaxBackoff, AlertOptions.BackoffJitter,
            retryAfter is { } asked ? TimeSpan.FromTicks(Math.Min(asked.Ticks, o.MaxBackoff.Ticks)) : null);

    [LoggerMessage(Level = LogLevel.Information, Message = "Alert {DeliveryId} (event {EventId} v{EventVersion}) delivered to webhook {Webhook}: HTTP {HttpStatus}, attempt {Attempt}, {DurationMs} ms")]
    private partial void LogDelivered(string deliveryId, long eventId, int eventVersion, string webhook, int? httpStatus, int attempt, long durationMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert {DeliveryId} (event {EventId} v{EventVersion}) to webhook {Webhook} failed, attempt {Attempt} of {MaxAttempts}: {Error}; next attempt at {NextAttemptAt:O}")]
    private partial void LogRetrying(string deliveryId, long eventId, int eventVersion, string webhook, int attempt, int maxAttempts, string? error, DateTimeOffset nextAttemptAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Alert {DeliveryId} (event {EventId} v{EventVersion}) to webhook {Webhook} is dead after {Attempts} attempts: {Error}")]
    private partial void LogDead(string deliveryId, long eventId, int eventVersion, string webhook, int attempts, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert {DeliveryId} to webhook {Webhook}: the lease ran out before attempt {Attempt} was recorded; another pass owns it now")]
    private partial void LogLeaseLost(string deliveryId, string webhook, int attempt);
}

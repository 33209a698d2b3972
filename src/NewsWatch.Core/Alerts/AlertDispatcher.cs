using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsWatch.Pipeline;
using NewsWatch.Storage;

namespace NewsWatch.Alerts;

/// <summary>
/// Sends due outbox alerts. Each alert is claimed with a lease (and its attempt counted) before it
/// is sent, and its result recorded after: a process that dies in between leaves a lease that runs
/// out, and the alert is sent again with the same delivery id. Delivery is therefore at least once;
/// receivers dedupe on <c>X-NewsWatch-Delivery</c>.
/// </summary>
public sealed partial class AlertDispatcher(Database database, WebhookSender sender, IOptions<AlertOptions> options,
    TimeProvider time, ILogger<AlertDispatcher> logger)
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
            outcomes.Add(await RecordAsync(claimed, result).ConfigureAwait(false));
        }
        return outcomes;
    }

    /// <summary>Leases the most overdue alert and counts the attempt, or returns null when none is due.</summary>
    internal async Task<ClaimedAlert?> ClaimNextAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<ClaimedAlert>(new CommandDefinition("""
            UPDATE alert_outbox SET attempts = attempts + 1, lease_until = @leaseUntil
            WHERE id = (
                SELECT id FROM alert_outbox
                WHERE status = 'pending' AND next_attempt_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
                ORDER BY next_attempt_at, id LIMIT 1)
            RETURNING id, delivery_id AS DeliveryId, webhook, event_id AS EventId, event_version AS EventVersion, kind, payload, attempts
            """, new { now = Timestamps.Format(now), leaseUntil = Timestamps.Format(now + options.Value.LeaseDuration) },
            cancellationToken: ct)).ConfigureAwait(false);
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

        var updated = await database.InTransactionAsync(async (connection, tx) =>
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO alert_deliveries(outbox_id, delivery_id, attempt, http_status, error, duration_ms, at)
                VALUES (@Id, @DeliveryId, @Attempts, @httpStatus, @error, @durationMs, @at)
                """, new
            {
                claimed.Id,
                claimed.DeliveryId,
                claimed.Attempts,
                httpStatus = result.StatusCode,
                error = result.Error,
                durationMs = (long)result.Duration.TotalMilliseconds,
                at = Timestamps.Format(now),
            }, tx)).ConfigureAwait(false);
            // attempts = @Attempts fences off a dispatcher whose lease ran out and whose row was claimed again.
            return await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE alert_outbox
                SET status = @status, next_attempt_at = coalesce(@next, next_attempt_at), lease_until = NULL,
                    last_error = @error, last_http_status = coalesce(@httpStatus, last_http_status), delivered_at = @deliveredAt
                WHERE id = @Id AND attempts = @Attempts AND status = 'pending'
                """, new
            {
                claimed.Id,
                claimed.Attempts,
                status,
                next = Timestamps.Format(next),
                error = result.Error,
                httpStatus = result.StatusCode,
                deliveredAt = result.Succeeded ? Timestamps.Format(now) : null,
            }, tx)).ConfigureAwait(false);
        }, CancellationToken.None).ConfigureAwait(false);

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

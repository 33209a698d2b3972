using System.Data;
using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Options;
using NewsWatch.Alerts;
using NewsWatch.Common;

namespace NewsWatch.Storage;

/// <summary>
/// The durable queue of webhook alerts (<c>alert_outbox</c>): the events stage enqueues inside its
/// own transaction, <see cref="AlertDispatcher"/> sends, people read it through <c>alerts_status</c>.
/// </summary>
public sealed class AlertOutbox(Database database, IOptions<AlertOptions> options, TimeProvider time)
{
    /// <summary>
    /// Queues <paramref name="alert"/> for every webhook that wants it, on the caller's connection
    /// and transaction so the event and its alerts commit (or roll back) together. Idempotent: an
    /// event version already queued for a webhook is left as it is. Returns the rows added.
    /// </summary>
    /// <remarks>
    /// A <see cref="AlertKind.New"/> alert goes to webhooks whose filters the event passes. An
    /// <see cref="AlertKind.AmountChanged"/> alert goes to webhooks already told about an earlier
    /// version (whatever the filters now say: they must learn of the correction), and, as
    /// <see cref="AlertKind.New"/>, to webhooks that were not told before but whose filters the
    /// corrected event now passes (an amount raised above their minimum).
    /// </remarks>
    public async Task<int> EnqueueAsync(DbConnection connection, IDbTransaction transaction, AidEventAlert alert, AlertKind kind, CancellationToken ct)
    {
        var webhooks = options.Value.Webhooks;
        if (webhooks.Count == 0) return 0;
        var payload = AlertJson.Serialize(alert);
        var now = time.GetUtcNow();
        var added = 0;
        foreach (var webhook in webhooks)
        {
            var toldBefore = kind == AlertKind.AmountChanged && await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT EXISTS (SELECT 1 FROM alert_outbox WHERE event_id = @EventId AND webhook = @webhook AND event_version < @Version)",
                new { alert.EventId, webhook = webhook.Name, alert.Version }, transaction, cancellationToken: ct)).ConfigureAwait(false);
            if (!toldBefore && !webhook.Filters.Matches(alert)) continue;

            added += await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO alert_outbox(delivery_id, webhook, event_id, event_version, kind, payload, status, next_attempt_at, created_at)
                VALUES (@deliveryId, @webhook, @EventId, @Version, @kind, @payload, 'pending', @now, @now)
                ON CONFLICT (event_id, event_version, webhook) DO NOTHING
                """, new
            {
                deliveryId = Guid.CreateVersion7(now).ToString(),
                webhook = webhook.Name,
                alert.EventId,
                alert.Version,
                kind = (toldBefore ? kind : AlertKind.New).ToStorage(),
                payload,
                now = Timestamps.Format(now),
            }, transaction, cancellationToken: ct)).ConfigureAwait(false);
        }
        return added;
    }

    /// <summary>
    /// Leases the most overdue alert until <paramref name="leaseUntil"/> and counts the attempt, or returns null when none is due.
    /// On PostgreSQL a row another node is claiming is skipped, so two dispatchers never take the same alert.
    /// </summary>
    public async Task<ClaimedAlert?> ClaimNextAsync(DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<ClaimedAlert>(new CommandDefinition($"""
            UPDATE alert_outbox SET attempts = attempts + 1, lease_until = @leaseUntil
            WHERE id = (
                SELECT id FROM alert_outbox
                WHERE status = 'pending' AND next_attempt_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
                ORDER BY next_attempt_at, id LIMIT 1{(database.IsPostgres ? " FOR UPDATE SKIP LOCKED" : "")})
            RETURNING id, delivery_id AS DeliveryId, webhook, event_id AS EventId, event_version AS EventVersion, kind, payload, attempts
            """, new { now = Timestamps.Format(now), leaseUntil = Timestamps.Format(leaseUntil) },
            cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>
    /// Logs the attempt and moves the row to <paramref name="status"/> in one transaction. Returns 0 when
    /// the row was claimed again after this claim's lease ran out (the attempt count fences it off).
    /// </summary>
    public async Task<int> RecordAttemptAsync(ClaimedAlert claimed, WebhookResult result, string status, DateTimeOffset? next, DateTimeOffset now)
    {
        return await database.InTransactionAsync(async (connection, tx) =>
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
    }

    /// <summary>Rows of the <c>alerts_status</c> view, newest first, optionally of one status.</summary>
    public async Task<IReadOnlyList<AlertStatusRow>> ListAsync(AlertStatus? status, int limit, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<AlertStatusRow>(new CommandDefinition("""
            SELECT id, status, webhook, event_id AS EventId, event_version AS EventVersion, kind, donor, recipient,
                   amount_usd AS AmountUsd, attempts, last_http_status AS LastHttpStatus, last_error AS LastError,
                   next_attempt_at AS NextAttemptAt, created_at AS CreatedAt, delivered_at AS DeliveredAt, delivery_id AS DeliveryId
            FROM alerts_status
            WHERE @status IS NULL OR status = @status
            LIMIT @limit
            """, new { status = status?.ToString().ToLowerInvariant(), limit }, cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }

    /// <summary>
    /// Ends the leases a killed process left behind, so its unrecorded sends go again (same
    /// delivery id) on the first pass instead of after <see cref="AlertOptions.LeaseDuration"/>.
    /// Call only at daemon start, before any dispatcher runs: it would also end live leases. Not on PostgreSQL, where
    /// the other leases belong to nodes that may well be running; a dead node's run out on their own.
    /// </summary>
    public async Task<int> ReleaseLeasesAsync(CancellationToken ct)
    {
        if (database.IsPostgres) return 0;
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE alert_outbox SET lease_until = NULL WHERE status = 'pending' AND lease_until IS NOT NULL",
            cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>
    /// Puts dead alerts (all, or the one with <paramref name="id"/>) back in the queue with a fresh
    /// attempt budget and their original delivery id. Returns how many were revived.
    /// </summary>
    public async Task<int> RetryDeadAsync(long? id, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE alert_outbox SET status = 'pending', attempts = 0, next_attempt_at = @now, lease_until = NULL
            WHERE status = 'dead' AND (@id IS NULL OR id = @id)
            """, new { id, now = Timestamps.Format(time.GetUtcNow()) }, cancellationToken: ct)).ConfigureAwait(false);
    }
}

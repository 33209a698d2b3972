using Dapper;
using NewsWatch.Common;

namespace NewsWatch.Storage;

/// <summary>What <c>newswatch health</c> reads besides the heartbeat: feed failures and work that waits too long.</summary>
public sealed class HealthStore(Database database)
{
    /// <summary>Due work untouched this long means the part of the daemon that does it is stuck.</summary>
    public static readonly TimeSpan StuckAfter = TimeSpan.FromMinutes(10);

    public async Task<HealthFacts> ReadAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        var stuckBefore = Timestamps.Format(now - StuckAfter);
        var nowText = Timestamps.Format(now);
        return await connection.QuerySingleAsync<HealthFacts>(new CommandDefinition("""
            SELECT
              (SELECT count(*) FROM feeds WHERE enabled) AS Feeds,
              (SELECT count(*) FROM feeds WHERE enabled AND consecutive_failures > 0) AS FailingFeeds,
              (SELECT count(*) FROM alert_outbox
                 WHERE status = 'pending' AND next_attempt_at <= @stuckBefore AND (lease_until IS NULL OR lease_until <= @now)) AS OverdueAlerts,
              (SELECT count(*) FROM articles
                 WHERE status IN ('pending', 'extracted', 'tagged') AND coalesce(next_attempt_at, updated_at) <= @stuckBefore
                   AND updated_at <= @stuckBefore AND (lease_until IS NULL OR lease_until <= @now)) AS StuckArticles
            """, new { stuckBefore, now = nowText }, cancellationToken: ct)).ConfigureAwait(false);
    }
}

/// <summary>Counts behind the health verb's verdict.</summary>
public sealed record HealthFacts
{
    public long Feeds { get; init; }
    public long FailingFeeds { get; init; }
    public long OverdueAlerts { get; init; }
    public long StuckArticles { get; init; }
}

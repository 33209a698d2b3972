using Dapper;
using NewsWatch.Common;

namespace NewsWatch.Storage;

/// <summary>Small key/value facts about the running daemon, such as the scheduler heartbeat the health check reads.</summary>
public sealed class DaemonStateStore(Database database)
{
    public const string SchedulerHeartbeat = "scheduler_heartbeat";

    /// <summary>
    /// Where this process's scheduler heartbeat lives: with SQLite the one daemon's; with PostgreSQL each node's own,
    /// named by host name, so <c>newswatch health</c> in a replica's container reports on that replica, not on whichever
    /// node of the cluster beat last.
    /// </summary>
    public string HeartbeatKey => database.IsPostgres ? $"{SchedulerHeartbeat}@{Environment.MachineName}" : SchedulerHeartbeat;

    public async Task SetAsync(string key, string value, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO daemon_state(key, value, updated_at) VALUES (@key, @value, @now)
            ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
            """, new { key, value, now = Timestamps.Format(now) }, cancellationToken: ct)).ConfigureAwait(false);
    }

    public async Task<(string? Value, DateTimeOffset? UpdatedAt)> GetAsync(string key, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<(string? Value, string? UpdatedAt)>(new CommandDefinition(
            "SELECT value, updated_at FROM daemon_state WHERE key = @key", new { key }, cancellationToken: ct)).ConfigureAwait(false);
        return (row.Value, Timestamps.Parse(row.UpdatedAt));
    }
}

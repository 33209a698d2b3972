using Dapper;
using NewsWatch.Common;

namespace NewsWatch.Storage;

/// <summary>SQL for the <c>feeds</c> table: the feed list, its HTTP validators and its health.</summary>
public sealed class FeedStore(Database database)
{
    private const string Columns = """
        id, url, name, source, poll_interval_seconds AS PollIntervalSeconds, enabled, etag AS ETag,
        last_modified AS LastModified, last_polled_at AS LastPolledAt, last_success_at AS LastSuccessAt,
        next_poll_at AS NextPollAt, last_status AS LastStatus, last_http_status AS LastHttpStatus,
        consecutive_failures AS ConsecutiveFailures, last_error AS LastError, items_seen AS ItemsSeen
        """;

    /// <summary>
    /// Adds the feed or, when its URL is known, refreshes its name and interval, and its publisher when one is
    /// given (a re-import without one keeps the old). Returns its id.
    /// </summary>
    public async Task<long> UpsertAsync(string url, string name, TimeSpan pollInterval, string source, string? publisher = null, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO feeds(url, name, poll_interval_seconds, source, publisher) VALUES (@url, @name, @seconds, @source, @publisher)
            ON CONFLICT(url) DO UPDATE SET name = excluded.name, poll_interval_seconds = excluded.poll_interval_seconds,
                publisher = coalesce(excluded.publisher, feeds.publisher),
                updated_at = @now
            RETURNING id
            """, new { url, name, seconds = (long)pollInterval.TotalSeconds, source, publisher = publisher?.Trim().ToUpperInvariant(), now = Timestamps.Format(DateTimeOffset.UtcNow) },
            cancellationToken: ct)).ConfigureAwait(false);
    }

    public async Task<FeedRecord?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<FeedRecord>(new CommandDefinition(
            $"SELECT {Columns} FROM feeds WHERE id = @id", new { id }, cancellationToken: ct)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<FeedRecord>> ListAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<FeedRecord>(new CommandDefinition(
            $"SELECT {Columns} FROM feeds ORDER BY name, id", cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }

    public async Task RecordSuccessAsync(long id, string status, int? httpStatus, string? etag, string? lastModified,
        DateTimeOffset now, DateTimeOffset nextPoll, int newItems, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE feeds SET last_status = @status, last_http_status = @httpStatus,
                etag = coalesce(@etag, etag), last_modified = coalesce(@lastModified, last_modified),
                last_polled_at = @now, last_success_at = @now, next_poll_at = @nextPoll,
                consecutive_failures = 0, last_error = NULL, items_seen = items_seen + @newItems,
                updated_at = @now
            WHERE id = @id
            """, new { id, status, httpStatus, etag, lastModified, now = Timestamps.Format(now), nextPoll = Timestamps.Format(nextPoll), newItems },
            cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>Records a failed poll. The feed keeps its validators, so the next success can still be a 304.</summary>
    public async Task RecordFailureAsync(long id, int consecutiveFailures, int? httpStatus, string error, DateTimeOffset now,
        DateTimeOffset nextPoll, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE feeds SET last_status = 'error', last_http_status = @httpStatus, last_error = @error,
                consecutive_failures = @consecutiveFailures, last_polled_at = @now, next_poll_at = @nextPoll, updated_at = @now
            WHERE id = @id
            """, new { id, consecutiveFailures, httpStatus, error, now = Timestamps.Format(now), nextPoll = Timestamps.Format(nextPoll) },
            cancellationToken: ct)).ConfigureAwait(false);
    }
}

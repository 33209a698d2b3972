using System.Data;
using System.Data.Common;
using Dapper;
using NewsWatch.Common;

namespace NewsWatch.Storage;

/// <summary>SQL for the <c>articles</c> work queue and the <c>feed_items</c> links.</summary>
public sealed class ArticleStore(Database database)
{
    /// <summary>What a stage gets to see of an article, apart from its text.</summary>
    private const string WorkItemColumnsWithoutText = """
        id, url, status, attempts, feed_title AS FeedTitle, feed_published_at AS FeedPublishedAt,
        title, published_at AS PublishedAt
        """;

    /// <summary>Row locks for a claim's inner select on PostgreSQL (SQLite has one writer at a time and no such clause).</summary>
    private string SkipLocked => database.IsPostgres ? " FOR UPDATE SKIP LOCKED" : "";

    /// <summary>What a stage gets to see of a claimed article.</summary>
    private const string WorkItemColumns = WorkItemColumnsWithoutText + ", text";

    /// <summary>
    /// Records that <paramref name="feedId"/> carries the article at <paramref name="normalizedUrl"/>,
    /// creating the article row (status pending) if neither its URL nor any stored canonical link
    /// matches. Returns true when a new article row was created.
    /// </summary>
    public async Task<bool> EnqueueAsync(long feedId, string normalizedUrl, string originalUrl, string? guid, string? title,
        DateTimeOffset? published, CancellationToken ct = default) =>
        await EnqueueManyAsync(feedId, [new FeedEntryRow(normalizedUrl, originalUrl, guid, title, published)], ct).ConfigureAwait(false) == 1;

    /// <summary>
    /// <see cref="EnqueueAsync"/> for every entry of one poll in a single transaction (a feed of thousands of
    /// items took a minute one transaction at a time). Returns how many new article rows were created.
    /// </summary>
    public async Task<int> EnqueueManyAsync(long feedId, IReadOnlyList<FeedEntryRow> entries, CancellationToken ct = default)
    {
        if (entries.Count == 0) return 0;
        return await database.InTransactionAsync(async (connection, tx) =>
        {
            var created = 0;
            foreach (var (normalizedUrl, originalUrl, guid, title, published) in entries)
                if (await EnqueueOneAsync(connection, tx, feedId, normalizedUrl, originalUrl, guid, title, published, ct).ConfigureAwait(false))
                    created++;
            return created;
        }, ct).ConfigureAwait(false);
    }

    private static async Task<bool> EnqueueOneAsync(DbConnection connection, IDbTransaction tx, long feedId,
        string normalizedUrl, string originalUrl, string? guid, string? title, DateTimeOffset? published, CancellationToken ct)
    {
        var existing = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT id FROM articles WHERE url = @normalizedUrl OR canonical_url = @normalizedUrl ORDER BY id LIMIT 1",
            new { normalizedUrl }, tx, cancellationToken: ct)).ConfigureAwait(false);
        // Another node polling another feed may insert the same URL between the look-up and the insert (on PostgreSQL;
        // SQLite has one writer): then the insert does nothing and the article is that node's.
        var inserted = existing is null
            ? await connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
                INSERT INTO articles(url, original_url, feed_id, feed_title, feed_published_at, status)
                VALUES (@normalizedUrl, @originalUrl, @feedId, @title, @published, 'pending')
                ON CONFLICT (url) DO NOTHING
                RETURNING id
                """, new { normalizedUrl, originalUrl, feedId, title, published = Timestamps.Format(published) }, tx, cancellationToken: ct)).ConfigureAwait(false)
            : null;
        var created = inserted is not null;
        var articleId = existing ?? inserted ?? await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT id FROM articles WHERE url = @normalizedUrl", new { normalizedUrl }, tx, cancellationToken: ct)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO feed_items(feed_id, article_id, guid) VALUES (@feedId, @articleId, @guid) ON CONFLICT DO NOTHING",
            new { feedId, articleId, guid }, tx, cancellationToken: ct)).ConfigureAwait(false);
        return created;
    }

    /// <summary>
    /// Leases up to <paramref name="max"/> articles that have work left and are due. A lease, not a
    /// status change, marks them taken: if the process dies, the lease runs out and the work is
    /// picked up again. On PostgreSQL the rows are locked as they are chosen and rows another node is choosing are
    /// skipped, so several nodes claiming at once get disjoint batches.
    /// </summary>
    public async Task<IReadOnlyList<ArticleWorkItem>> ClaimAsync(int max, DateTimeOffset now, TimeSpan lease, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ArticleWorkItem>(new CommandDefinition($"""
            UPDATE articles SET lease_until = @leaseUntil
            WHERE id IN (
                SELECT id FROM articles
                WHERE status IN ('pending', 'extracted', 'tagged')
                  AND (next_attempt_at IS NULL OR next_attempt_at <= @now)
                  AND (lease_until IS NULL OR lease_until <= @now)
                ORDER BY id LIMIT @max{SkipLocked})
            RETURNING {WorkItemColumns}
            """, new { now = Timestamps.Format(now), leaseUntil = Timestamps.Format(now + lease), max }, cancellationToken: ct)).ConfigureAwait(false);
        return rows.OrderBy(r => r.Id).ToList();
    }

    /// <summary>
    /// Stores the extracted page and moves the article on. If its canonical link names another
    /// stored article, this one becomes a duplicate of it instead. Returns the article as now stored; its text is
    /// the one given, not read back.
    /// </summary>
    public async Task<ArticleWorkItem> SaveExtractedAsync(ExtractedArticleRow row, DateTimeOffset now, CancellationToken ct = default)
    {
        return await database.InTransactionAsync(async (connection, tx) =>
        {
            long? duplicateOf = null;
            if (row.CanonicalUrl is { } canonical)
            {
                duplicateOf = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                    "SELECT id FROM articles WHERE id <> @Id AND (url = @canonical OR canonical_url = @canonical) AND status <> 'duplicate' ORDER BY id LIMIT 1",
                    new { row.Id, canonical }, tx, cancellationToken: ct)).ConfigureAwait(false);
            }
            var status = duplicateOf is null ? ArticleStatus.Extracted : ArticleStatus.Duplicate;
            var saved = await connection.QuerySingleAsync<ArticleWorkItem>(new CommandDefinition($"""
                UPDATE articles SET status = @status, duplicate_of = @duplicateOf, http_status = @HttpStatus,
                    content_type = @ContentType, charset = @Charset, title = coalesce(@Title, feed_title), author = @Author,
                    published_at = coalesce(@published, feed_published_at), language = @Language, text = @Text,
                    canonical_url = @CanonicalUrl, fetched_at = @now, updated_at = @now,
                    attempts = attempts + 1, last_error = NULL, next_attempt_at = NULL
                WHERE id = @Id
                RETURNING {WorkItemColumnsWithoutText}
                """, new
                {
                    status, duplicateOf, row.HttpStatus, row.ContentType, row.Charset, row.Title, row.Author,
                    published = Timestamps.Format(row.PublishedAt), row.Language, row.Text, row.CanonicalUrl, row.Id,
                    now = Timestamps.Format(now),
                }, tx, cancellationToken: ct)).ConfigureAwait(false);
            return saved with { Text = row.Text };
        }, ct).ConfigureAwait(false);
    }

    public async Task SetStatusAsync(long id, string status, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE articles SET status = @status, updated_at = @now WHERE id = @id",
            new { id, status, now = Timestamps.Format(now) }, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>
    /// Records a failed attempt: retried at <paramref name="retryAt"/>, or failed for good when
    /// <paramref name="retryAt"/> is null.
    /// </summary>
    public async Task RecordFailureAsync(long id, string error, int? httpStatus, DateTimeOffset now, DateTimeOffset? retryAt, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE articles SET attempts = attempts + 1, last_error = @error, http_status = coalesce(@httpStatus, http_status),
                status = CASE WHEN @retryAt IS NULL THEN 'failed' ELSE status END,
                next_attempt_at = @retryAt, lease_until = NULL, updated_at = @now
            WHERE id = @id
            """, new { id, error, httpStatus, now = Timestamps.Format(now), retryAt = Timestamps.Format(retryAt) }, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>
    /// Releases leases held by a process that is no longer running (called once at start). Not on PostgreSQL: there
    /// the other leases belong to nodes that may well be running, and a dead node's run out on their own.
    /// </summary>
    public async Task<int> ReleaseLeasesAsync(CancellationToken ct = default)
    {
        if (database.IsPostgres) return 0;
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE articles SET lease_until = NULL WHERE lease_until IS NOT NULL", cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>The publisher configured for the feed that brought the article (a country or body code), if any.</summary>
    public async Task<string?> GetFeedPublisherAsync(long articleId, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT f.publisher FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id = @articleId",
            new { articleId }, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>Articles per status. Synchronous: it runs inside a metrics scrape callback.</summary>
    public IReadOnlyList<(string Status, long Count)> CountByStatus()
    {
        using var connection = database.OpenAsync().GetAwaiter().GetResult();
        return connection.Query<(string, long)>("SELECT status, count(*) FROM articles GROUP BY status ORDER BY status").AsList();
    }
}

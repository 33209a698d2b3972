using Dapper;
using NewsWatch.Events.Evaluation;

namespace NewsWatch.Storage;

/// <summary>The <c>events</c> and <c>event_sources</c> tables: one transaction per article, and the benchmark's read.</summary>
public sealed class EventStore(Database database, AlertOutbox alerts)
{
    /// <summary>Any constant shared by every node: the transaction lock that lets one node at a time merge events.</summary>
    private const long MergeLock = 0x4E57_4556_4E54;

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction; nothing of it is stored unless it all succeeds. On PostgreSQL
    /// the transaction first takes a lock every node's event transactions share: two nodes reading "no such event yet"
    /// for two reports of one package would otherwise both insert it (SQLite has one writer, which does the same).
    /// </summary>
    public Task<T> InTransactionAsync<T>(Func<EventTransaction, Task<T>> work, CancellationToken ct) =>
        database.InTransactionAsync(async (connection, tx) =>
        {
            if (database.IsPostgres)
                await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@key)", new { key = MergeLock }, tx, cancellationToken: ct)).ConfigureAwait(false);
            return await work(new EventTransaction(connection, tx, alerts)).ConfigureAwait(false);
        }, ct);

    /// <summary>Every stored event and the articles that reported it, for the events benchmark.</summary>
    public async Task<(IReadOnlyList<ScoredEvent> Events, IReadOnlyDictionary<long, HashSet<long>> Sources)> ListForScoringAsync(
        CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        var events = (await connection.QueryAsync<ScoredEvent>(new CommandDefinition(
            "SELECT id AS Id, donor_code AS Donor, recipient_code AS Recipient, measure AS Measure, aid_type AS AidType, amount AS Amount, currency AS Currency, amount_usd AS AmountUsd, announced_on AS AnnouncedOn, evidence AS Evidence FROM events ORDER BY id",
            cancellationToken: ct)).ConfigureAwait(false)).AsList();
        var sources = (await connection.QueryAsync<(long EventId, long ArticleId)>(new CommandDefinition(
            "SELECT event_id, article_id FROM event_sources", cancellationToken: ct)).ConfigureAwait(false))
            .GroupBy(s => s.EventId).ToDictionary(g => g.Key, g => g.Select(s => s.ArticleId).ToHashSet());
        return (events, sources);
    }
}

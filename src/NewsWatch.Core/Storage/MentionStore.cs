using Dapper;
using NewsWatch.Common;
using NewsWatch.Entities;

namespace NewsWatch.Storage;

/// <summary>SQL for the <c>mentions</c> table: an article's tagged entities with their normalised values.</summary>
public sealed class MentionStore(Database database)
{
    /// <summary>
    /// Replaces the article's mentions and moves it to <paramref name="nextStatus"/> in one
    /// transaction, so re-tagging after a crash never leaves doubles.
    /// </summary>
    public async Task ReplaceAsync(long articleId, IReadOnlyList<EntityMention> mentions, Func<int, int> sentenceOf, string nextStatus,
        DateTimeOffset now, CancellationToken ct = default)
    {
        await database.InTransactionAsync(async (connection, tx) =>
        {
            await connection.ExecuteAsync(new CommandDefinition("DELETE FROM mentions WHERE article_id = @articleId", new { articleId }, tx, cancellationToken: ct)).ConfigureAwait(false);
            // One command for all the rows (Dapper runs a list of parameter objects through the same command), so the
            // statement is compiled once per article rather than once per mention.
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO mentions(article_id, type, start, "end", sentence, text, name, iso2, amount, amount_high, currency, amount_usd,
                                     timex, date_start, date_end, bound, per, confidence)
                VALUES (@articleId, @Type, @Start, @End, @sentence, @Text, @name, @iso2, @amount, @amountHigh, @currency, @usd,
                        @timex, @rangeStart, @rangeEnd, @bound, @per, @Confidence)
                """, mentions.Select(m => new
                {
                    articleId, m.Type, m.Start, m.End, sentence = sentenceOf(m.Start), m.Text,
                    name = m.Value?.Name, iso2 = m.Value?.Iso2, amount = m.Value?.Amount, amountHigh = m.Value?.AmountHigh,
                    currency = m.Value?.Currency, usd = m.Value?.Usd, timex = m.Value?.Timex, rangeStart = m.Value?.RangeStart,
                    rangeEnd = m.Value?.RangeEnd, bound = m.Value?.Bound, per = m.Value?.Per, m.Confidence,
                }), tx, cancellationToken: ct)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE articles SET status = @nextStatus, updated_at = @now WHERE id = @articleId",
                new { articleId, nextStatus, now = Timestamps.Format(now) }, tx, cancellationToken: ct)).ConfigureAwait(false);
            return 0;
        }, ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<EntityMention>> ListAsync(long articleId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<MentionRow>(new CommandDefinition("""
            SELECT type, start, "end", text, name, iso2, amount, amount_high AS AmountHigh, currency, amount_usd AS AmountUsd,
                   timex, date_start AS DateStart, date_end AS DateEnd, bound, per, confidence
            FROM mentions WHERE article_id = @articleId ORDER BY start
            """, new { articleId }, cancellationToken: ct)).ConfigureAwait(false);
        return rows.Select(r => r.ToMention()).ToList();
    }

    private sealed record MentionRow
    {
        public string Type { get; init; } = "";
        public long Start { get; init; }
        public long End { get; init; }
        public string Text { get; init; } = "";
        public string? Name { get; init; }
        public string? Iso2 { get; init; }
        public double? Amount { get; init; }
        public double? AmountHigh { get; init; }
        public string? Currency { get; init; }
        public double? AmountUsd { get; init; }
        public string? Timex { get; init; }
        public string? DateStart { get; init; }
        public string? DateEnd { get; init; }
        public string? Bound { get; init; }
        public string? Per { get; init; }
        public double Confidence { get; init; }

        public EntityMention ToMention()
        {
            var hasValue = (Name ?? Iso2 ?? Currency ?? Timex ?? DateStart ?? DateEnd) is not null;
            var value = hasValue
                ? new EntityValue
                {
                    Name = Name, Iso2 = Iso2, Amount = (decimal?)Amount, AmountHigh = (decimal?)AmountHigh, Currency = Currency,
                    Usd = (decimal?)AmountUsd, Timex = Timex, RangeStart = DateStart, RangeEnd = DateEnd, Bound = Bound, Per = Per,
                }
                : null;
            return new EntityMention(Type, (int)Start, (int)End, Text, value, (float)Confidence);
        }
    }
}

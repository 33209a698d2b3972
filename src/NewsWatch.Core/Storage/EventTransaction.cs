using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using Dapper;
using NewsWatch.Alerts;
using NewsWatch.Common;
using NewsWatch.Events;

namespace NewsWatch.Storage;

/// <summary>
/// The SQL of the <c>events</c> and <c>event_sources</c> tables inside one transaction of
/// <see cref="EventStore"/>, which also queues the alerts, so an event and its alerts commit together.
/// </summary>
public sealed class EventTransaction(DbConnection connection, IDbTransaction tx, AlertOutbox alerts)
{
    /// <summary>Every column of an <c>events</c> row, as <see cref="StoredEvent"/> names them.</summary>
    private const string EventColumns = """
        id AS Id, event_key AS EventKey, donor_code AS DonorCode, donor_name AS DonorName, recipient_code AS RecipientCode,
        recipient_name AS RecipientName, amount AS Amount, amount_high AS AmountHigh, currency AS Currency, amount_usd AS AmountUsd,
        announced_on AS AnnouncedOn, aid_type AS AidType, measure AS Measure, items AS Items, parts AS Parts, evidence AS Evidence,
        confidence AS Confidence, version AS Version, amount_as_of AS AmountAsOf, first_seen AS FirstSeen
        """;

    /// <summary>SQLite's two-argument max() and min() are greatest() and least() in PostgreSQL; CASE reads the same in both.</summary>
    private const string HigherConfidence = "CASE WHEN @confidence > confidence THEN @confidence ELSE confidence END";

    private const string EarlierDay = "CASE WHEN @announcedOn < announced_on THEN @announcedOn ELSE announced_on END";

    public Task<bool> HasArticleAsync(long articleId, CancellationToken ct) =>
        connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS(SELECT 1 FROM event_sources WHERE article_id = @articleId)", new { articleId }, tx, cancellationToken: ct));

    /// <summary>Events between the same donor and recipient announced within <paramref name="days"/> of <paramref name="on"/>.</summary>
    public async Task<IReadOnlyList<StoredEvent>> FindNearbyAsync(
        string donor, string recipient, DateOnly on, int days, CancellationToken ct)
    {
        var rows = await connection.QueryAsync<StoredEvent>(new CommandDefinition(
            $"SELECT {EventColumns} FROM events WHERE donor_code = @donor AND recipient_code = @recipient AND announced_on BETWEEN @from AND @to ORDER BY id",
            new { donor, recipient, from = Day(on.AddDays(-days)), to = Day(on.AddDays(days)) }, tx, cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }

    public async Task<long> InsertAsync(AidEventCandidate c, ArticleForEvents article, string now, string reportedAt, CancellationToken ct)
    {
        var key = await UniqueKeyAsync(EventKey(c, article), ct).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO events (event_key, donor_code, donor_name, recipient_code, recipient_name, amount, amount_high, currency, amount_usd,
                                announced_on, aid_type, measure, items, parts, evidence, confidence, version, amount_as_of, first_seen, updated_at)
            VALUES (@key, @donorCode, @donorName, @recipientCode, @recipientName, @amount, @amountHigh, @currency, @amountUsd,
                    @announcedOn, @aidType, @measure, @items, @parts, @evidence, @confidence, 1, @reportedAt, @now, @now)
            RETURNING id
            """,
            new
            {
                key,
                donorCode = c.Donor.Code, donorName = c.Donor.Name, recipientCode = c.Recipient.Code, recipientName = c.Recipient.Name,
                amount = c.Amount, amountHigh = c.AmountHigh, currency = c.Currency, amountUsd = c.AmountUsd,
                announcedOn = Day(c.AnnouncedOn), aidType = c.AidType, measure = c.Measure, items = JsonSerializer.Serialize(c.Items),
                parts = PartsJson(c),
                evidence = c.Evidence, confidence = c.Confidence, reportedAt, now,
            }, tx, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>Records the article as a source of the event; a second call for the same pair changes nothing.</summary>
    public Task AddSourceAsync(long eventId, ArticleForEvents article, AidEventCandidate c, string now, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO event_sources (event_id, article_id, url, title, published_at, evidence, amount, currency, amount_usd, seen_at)
            VALUES (@eventId, @articleId, @url, @title, @publishedAt, @evidence, @amount, @currency, @amountUsd, @now)
            ON CONFLICT DO NOTHING
            """,
            new
            {
                eventId, articleId = article.Id, url = article.Url, title = article.Title, publishedAt = article.PublishedAt is { } p ? Timestamps.Format(p) : null,
                evidence = c.Evidence, amount = c.Amount, currency = c.Currency, amountUsd = c.AmountUsd, now,
            }, tx, cancellationToken: ct));

    /// <summary>
    /// Adds newly named items, keeps the higher confidence and the earliest announcement date (a report
    /// without a date in the text falls back to its publication date, which is never before the
    /// announcement); the amount and version stay.
    /// </summary>
    public Task EnrichAsync(StoredEvent e, AidEventCandidate c, string now, CancellationToken ct)
    {
        var items = EventMatcher.ParseItems(e.Items).Union(c.Items).ToList();
        return connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE events SET items = @items, confidence = {HigherConfidence}, announced_on = {EarlierDay}, updated_at = @now WHERE id = @id",
            new { id = e.Id, items = JsonSerializer.Serialize(items), confidence = c.Confidence, announcedOn = Day(c.AnnouncedOn), now }, tx, cancellationToken: ct));
    }

    /// <summary>Replaces the amount (and evidence) with the candidate's, keeps the earliest announcement date and bumps the version.</summary>
    public Task ChangeAmountAsync(StoredEvent e, AidEventCandidate c, string now, string reportedAt, CancellationToken ct)
    {
        var items = EventMatcher.ParseItems(e.Items).Union(c.Items).ToList();
        return connection.ExecuteAsync(new CommandDefinition($"""
            UPDATE events SET amount = @amount, amount_high = @amountHigh, currency = @currency, amount_usd = @amountUsd, evidence = @evidence,
                              items = @items, parts = @parts, confidence = {HigherConfidence}, announced_on = {EarlierDay},
                              version = version + 1, amount_as_of = @reportedAt, updated_at = @now
            WHERE id = @id
            """,
            new
            {
                id = e.Id, amount = c.Amount, amountHigh = c.AmountHigh, currency = c.Currency, amountUsd = c.AmountUsd, evidence = c.Evidence,
                items = JsonSerializer.Serialize(items), parts = PartsJson(c), confidence = c.Confidence, announcedOn = Day(c.AnnouncedOn), reportedAt, now,
            }, tx, cancellationToken: ct));
    }

    /// <summary>The event as an alert snapshot, with all its sources.</summary>
    public async Task<AidEventAlert> LoadAlertAsync(long eventId, CancellationToken ct)
    {
        var row = await connection.QuerySingleAsync<StoredEvent>(new CommandDefinition(
            $"SELECT {EventColumns} FROM events WHERE id = @eventId", new { eventId }, tx, cancellationToken: ct)).ConfigureAwait(false);
        var sources = await connection.QueryAsync<AlertSource>(new CommandDefinition(
            "SELECT url AS Url, title AS Title, published_at AS PublishedAt FROM event_sources WHERE event_id = @eventId ORDER BY seen_at, article_id",
            new { eventId }, tx, cancellationToken: ct)).ConfigureAwait(false);
        return new AidEventAlert
        {
            EventId = row.Id,
            EventKey = row.EventKey,
            Version = (int)row.Version,
            Donor = new AlertParty(row.DonorCode, row.DonorName),
            Recipient = new AlertParty(row.RecipientCode, row.RecipientName),
            Amount = (decimal?)row.Amount,
            Currency = row.Currency,
            AmountUsd = (decimal?)row.AmountUsd,
            AnnouncedOn = row.AnnouncedOn,
            AidType = row.AidType,
            Measure = row.Measure,
            Items = EventMatcher.ParseItems(row.Items),
            Parts = JsonSerializer.Deserialize<List<AlertPart>>(row.Parts) ?? [],
            Evidence = row.Evidence,
            Confidence = (float)row.Confidence,
            FirstSeen = row.FirstSeen,
            Sources = sources.AsList(),
        };
    }

    /// <summary>Queues the alert for the webhooks that want it, in this transaction.</summary>
    public Task<int> EnqueueAlertAsync(AidEventAlert alert, AlertKind kind, CancellationToken ct) =>
        alerts.EnqueueAsync(connection, tx, alert, kind, ct);

    /// <summary>
    /// <paramref name="key"/>, or with "-2", "-3"... when an event already has it: two packages that agree in parties,
    /// date, measure, sentence and sum but were kept apart must both be stored, never fail the article.
    /// </summary>
    private async Task<string> UniqueKeyAsync(string key, CancellationToken ct)
    {
        var candidate = key;
        for (var n = 2; await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                 "SELECT EXISTS(SELECT 1 FROM events WHERE event_key = @candidate)", new { candidate }, tx, cancellationToken: ct)).ConfigureAwait(false); n++)
            candidate = string.Create(CultureInfo.InvariantCulture, $"{key}-{n}");
        return candidate;
    }

    private static string PartsJson(AidEventCandidate c) =>
        JsonSerializer.Serialize(c.Parts.Select(p => new AlertPart(p.Amount, p.Currency, p.AmountUsd, p.What)));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// donor-recipient-date-measure plus a short hash of the first report (its page, sentence and sum), so keys are
    /// stable and readable. One sentence can announce two packages to the same recipient ("$800 million in security
    /// assistance and $500 million in economic support"), hence the sum in the hash.
    /// </summary>
    private static string EventKey(AidEventCandidate c, ArticleForEvents article)
    {
        var sum = string.Create(CultureInfo.InvariantCulture, $"{c.Amount} {c.Currency} {c.AidType}");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(article.Url + "\n" + c.Evidence + "\n" + sum));
        return $"{c.Donor.Code}-{c.Recipient.Code}-{c.AnnouncedOn:yyyyMMdd}-{c.Measure}-{Convert.ToHexStringLower(hash)[..8]}";
    }
}

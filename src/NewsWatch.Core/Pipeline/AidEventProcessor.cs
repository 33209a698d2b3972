using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsWatch.Alerts;
using NewsWatch.Common;
using NewsWatch.Entities;
using NewsWatch.Events;
using NewsWatch.Storage;

namespace NewsWatch.Pipeline;

/// <summary>
/// The events stage for one tagged article: finds its aid announcements, merges each into the event it
/// reports (or creates one), records the article as a source and enqueues the alerts in the outbox, all in one
/// transaction. An article that is already a source of any event is skipped, so processing an article
/// twice changes nothing.
/// </summary>
public sealed partial class AidEventProcessor(
    AidEventExtractor extractor,
    EventStore events,
    IOptions<EventsOptions> options,
    TimeProvider time,
    ILogger<AidEventProcessor> logger)
{
    private readonly EventsOptions _options = options.Value;

    public async Task<AidEventProcessResult> ProcessArticleAsync(ArticleForEvents article, IReadOnlyList<EntityMention> mentions, CancellationToken ct)
    {
        var candidates = extractor.Extract(article, mentions);
        if (candidates.Count == 0) return new AidEventProcessResult([], false);
        return await events.InTransactionAsync(tx => StoreAsync(tx, article, candidates, ct), ct).ConfigureAwait(false);
    }

    private async Task<AidEventProcessResult> StoreAsync(EventTransaction tx, ArticleForEvents article, IReadOnlyList<AidEventCandidate> candidates, CancellationToken ct)
    {
        if (await tx.HasArticleAsync(article.Id, ct).ConfigureAwait(false)) return AidEventProcessResult.Repeat;
        var now = Timestamps.Format(time.GetUtcNow());
        var reportedAt = article.PublishedAt ?? time.GetUtcNow();
        var reportedAtText = Timestamps.Format(reportedAt);
        var window = Math.Max(_options.MergeWindowDays, _options.CorrectionWindowDays);
        var touched = new HashSet<long>();
        var outcomes = new List<AidEventOutcome>();
        foreach (var c in candidates)
        {
            if (c.IsRecap)
            {
                // A recap adds a source to the event it recalls, and nothing else: no new event, no alert.
                var earlier = await tx.FindNearbyAsync(c.Donor.Code, c.Recipient.Code, c.AnnouncedOn, _options.RecapWindowDays, ct).ConfigureAwait(false);
                if (EventMatcher.FindRecalled(c, earlier, _options) is not { } recalled || touched.Contains(recalled.Id)) continue;
                await tx.AddSourceAsync(recalled.Id, article, c, now, ct).ConfigureAwait(false);
                LogRecap(recalled.Id, article.Id);
                continue;
            }
            var nearby = await tx.FindNearbyAsync(c.Donor.Code, c.Recipient.Code, c.AnnouncedOn, window, ct).ConfigureAwait(false);
            var decision = EventMatcher.Decide(c, nearby, _options, touched, reportedAt);
            long id;
            switch (decision.Action)
            {
                case MergeAction.New:
                    id = await tx.InsertAsync(c, article, now, reportedAtText, ct).ConfigureAwait(false);
                    LogNew(id, c.Donor.Code, c.Recipient.Code, c.Measure, c.AmountUsd, article.Id);
                    break;
                case MergeAction.ChangeAmount:
                    id = decision.Event!.Id;
                    await tx.ChangeAmountAsync(decision.Event, c, now, reportedAtText, ct).ConfigureAwait(false);
                    LogAmountChanged(id, decision.Event.AmountUsd, c.AmountUsd, article.Id);
                    break;
                default:
                    id = decision.Event!.Id;
                    await tx.EnrichAsync(decision.Event, c, now, ct).ConfigureAwait(false);
                    LogMerged(id, article.Id);
                    break;
            }
            await tx.AddSourceAsync(id, article, c, now, ct).ConfigureAwait(false);
            touched.Add(id);
            outcomes.Add(new AidEventOutcome(id, decision.Action, c));
        }

        // Alerts go out after all sources are recorded, so each carries every source this article added.
        foreach (var outcome in outcomes.Where(o => o.Action != MergeAction.Merge).DistinctBy(o => o.EventId))
        {
            var alert = await tx.LoadAlertAsync(outcome.EventId, ct).ConfigureAwait(false);
            var kind = outcome.Action == MergeAction.New ? AlertKind.New : AlertKind.AmountChanged;
            await tx.EnqueueAlertAsync(alert, kind, ct).ConfigureAwait(false);
        }
        return new AidEventProcessResult(outcomes, false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "New aid event {EventId}: {Donor} -> {Recipient} {Measure}, USD {AmountUsd} (article {ArticleId})")]
    private partial void LogNew(long eventId, string donor, string recipient, string measure, decimal? amountUsd, long articleId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Aid event {EventId} amount changed from USD {OldUsd} to USD {NewUsd} (article {ArticleId})")]
    private partial void LogAmountChanged(long eventId, double? oldUsd, decimal? newUsd, long articleId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Article {ArticleId} recalls aid event {EventId}; recorded as a source")]
    private partial void LogRecap(long eventId, long articleId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Article {ArticleId} is another source of aid event {EventId}")]
    private partial void LogMerged(long eventId, long articleId);
}

using NewsWatch.Common;
using NewsWatch.Entities.Tagging;
using NewsWatch.Events;
using NewsWatch.Storage;

namespace NewsWatch.Pipeline;

/// <summary>
/// tagged → done: looks for aid announcements in the article and merges them into events (which
/// enqueues their alerts). The processor skips articles it has already taken as a source, so a
/// crash between its commit and the status change repeats nothing.
/// </summary>
public sealed class AidEventStage(Lazy<AidEventProcessor> processor, Lazy<EntityTagger> tagger, PublisherResolver publishers, MentionStore mentions, ArticleStore articles,
    NewsWatchMetrics metrics, TimeProvider time) : IArticleStage
{
    public string InputStatus => ArticleStatus.Tagged;

    public async Task<StageOutcome> RunAsync(ArticleWorkItem article, CancellationToken ct)
    {
        var found = await mentions.ListAsync(article.Id, ct).ConfigureAwait(false);
        var title = article.Title ?? article.FeedTitle;
        var published = ArticleDates.Published(article);
        var configured = await articles.GetFeedPublisherAsync(article.Id, ct).ConfigureAwait(false);
        var publisher = publishers.Resolve(configured, article.Url, title, DateOnly.FromDateTime((published ?? time.GetUtcNow()).UtcDateTime));
        // The headline is not part of the stored text; it is tagged here, where it is read.
        var titleMentions = string.IsNullOrWhiteSpace(title) ? [] : tagger.Value.Tag(title, ArticleDates.PublishedOn(article));
        var result = await processor.Value.ProcessArticleAsync(
            new ArticleForEvents(article.Id, article.Url, title, article.Text ?? "", published, publisher, titleMentions),
            found, ct).ConfigureAwait(false);
        foreach (var outcome in result.Outcomes) metrics.Event(outcome.Action switch
        {
            MergeAction.New => "new",
            MergeAction.ChangeAmount => "amount_changed",
            _ => "merge",
        });
        await articles.SetStatusAsync(article.Id, ArticleStatus.Done, time.GetUtcNow(), ct).ConfigureAwait(false);
        return StageOutcome.Advanced(article with { Status = ArticleStatus.Done });
    }
}

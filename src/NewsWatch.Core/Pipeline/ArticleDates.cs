using NewsWatch.Common;
using NewsWatch.Storage;

namespace NewsWatch.Pipeline;

/// <summary>The publication time of a stored article: the page's own, else the feed's.</summary>
public static class ArticleDates
{
    public static DateTimeOffset? Published(ArticleWorkItem article) =>
        Timestamps.Parse(article.PublishedAt) ?? Timestamps.Parse(article.FeedPublishedAt);

    public static DateOnly? PublishedOn(ArticleWorkItem article) =>
        Published(article) is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : null;
}

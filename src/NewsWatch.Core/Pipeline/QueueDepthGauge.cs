using System.Diagnostics.Metrics;
using NewsWatch.Common;
using NewsWatch.Storage;

namespace NewsWatch.Pipeline;

/// <summary>
/// <c>newswatch.articles</c>: articles by status, read from the database when the metrics are scraped (a
/// gauge, so nothing has to be kept in step with every status change).
/// </summary>
public sealed class QueueDepthGauge
{
    public QueueDepthGauge(NewsWatchMetrics metrics, ArticleStore articles) =>
        metrics.Meter.CreateObservableGauge("newswatch.articles", () =>
            articles.CountByStatus().Select(s => new Measurement<long>(s.Count, new KeyValuePair<string, object?>("status", s.Status))),
            "{article}", "Articles by status (pending, extracted, tagged, done, failed, duplicate).");
}

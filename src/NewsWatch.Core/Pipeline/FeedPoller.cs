using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsWatch.Articles;
using NewsWatch.Common;
using NewsWatch.Feeds;
using NewsWatch.Http;
using NewsWatch.Storage;

namespace NewsWatch.Pipeline;

/// <summary>
/// Polls one feed: conditional GET, parse, enqueue each new item as a pending article, and record
/// the feed's health and validators. Never throws for a bad feed: the failure is stored on the
/// feed and the next poll is pushed back exponentially, up to <see cref="FeedOptions.MaxBackoff"/>.
/// </summary>
public sealed partial class FeedPoller(
    FeedStore feeds,
    ArticleStore articles,
    HttpFetcher fetcher,
    IOptions<FeedOptions> feedOptions,
    IOptions<HttpFetchOptions> httpOptions,
    NewsWatchMetrics metrics,
    TimeProvider time,
    ILogger<FeedPoller> logger)
{
    private const string FeedAccept = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1";

    public async Task<FeedPollResult> PollAsync(long feedId, CancellationToken ct)
    {
        var o = feedOptions.Value;
        var now = time.GetUtcNow();
        var feed = await feeds.GetAsync(feedId, ct).ConfigureAwait(false);
        if (feed is null || !feed.Enabled)
            return new FeedPollResult("missing", 0, 0, now + o.DefaultPollInterval);
        if (Timestamps.Parse(feed.NextPollAt) is { } due && due > now)
            return new FeedPollResult("not_due", 0, 0, due);

        // A message-template scope: console formatters print "Feed 3 Defense News", structured sinks get both values.
        using var scope = logger.BeginScope("Feed {FeedId} {Feed}", feed.Id, feed.Name);
        var stopwatch = Stopwatch.StartNew();
        if (!Uri.TryCreate(feed.Url, UriKind.Absolute, out var url))
            return await FailAsync(feed, null, $"invalid feed URL '{feed.Url}'", null, ct).ConfigureAwait(false);

        var fetched = await fetcher.FetchAsync(new FetchRequest(url, httpOptions.Value.MaxFeedBytes, feed.ETag, feed.LastModified, FeedAccept), ct).ConfigureAwait(false);
        now = time.GetUtcNow();
        switch (fetched.Outcome)
        {
            case FetchOutcome.NotModified:
                var nextAfter304 = NextRegularPoll(feed, now);
                await feeds.RecordSuccessAsync(feed.Id, "not_modified", fetched.StatusCode, fetched.ETag, fetched.LastModified, now, nextAfter304, 0, ct).ConfigureAwait(false);
                LogPolled(feed.Name, "not_modified", fetched.StatusCode, 0, 0, stopwatch.ElapsedMilliseconds, nextAfter304);
                metrics.Poll("not_modified", fetched.StatusCode);
                return new FeedPollResult("not_modified", 0, 0, nextAfter304);
            case FetchOutcome.Ok:
                break;
            default:
                return await FailAsync(feed, fetched.StatusCode, $"{fetched.Outcome}: {fetched.Error}", fetched.RetryAfter, ct).ConfigureAwait(false);
        }

        ParsedFeed parsed;
        try
        {
            // The parser checks the budget in its loops, so a feed over it stops parsing rather than
            // running on in the background as it would after a Task timeout.
            parsed = FeedParser.Parse(fetched.Body, fetched.FinalUrl, Deadline.Start(o.ParseTimeout, time, ct));
        }
        catch (FeedParseException ex)
        {
            return await FailAsync(feed, fetched.StatusCode, $"unreadable feed: {ex.Message}", null, ct).ConfigureAwait(false);
        }
        catch (TimeBudgetExceededException)
        {
            LogParseOverBudget(feed.Name, fetched.Body.Length, o.ParseTimeout);
            return await FailAsync(feed, fetched.StatusCode, $"parsing took longer than its budget of {o.ParseTimeout.TotalSeconds:0.###} s (Feeds:ParseTimeout) and was stopped", null, ct).ConfigureAwait(false);
        }

        var entries = new List<FeedEntryRow>();
        var dropped = 0;
        foreach (var item in parsed.Items.Take(o.MaxItemsPerPoll))
            if (UrlNormalizer.Normalize(item.Link) is { } normalized)
                entries.Add(new FeedEntryRow(normalized, item.Link, item.Guid, item.Title, item.Published));
            else
                dropped++;
        if (dropped > 0) LogDroppedLinks(feed.Name, dropped);
        if (parsed.Items.Count > o.MaxItemsPerPoll) LogCapped(feed.Name, parsed.Items.Count, o.MaxItemsPerPoll);
        var created = await articles.EnqueueManyAsync(feed.Id, entries, ct).ConfigureAwait(false);
        // The interval counts from the end of the poll, so a long enqueue does not bring the next poll forward.
        now = time.GetUtcNow();
        var nextRegular = NextRegularPoll(feed, now);
        await feeds.RecordSuccessAsync(feed.Id, "ok", fetched.StatusCode, fetched.ETag, fetched.LastModified, now, nextRegular, created, ct).ConfigureAwait(false);
        LogPolled(feed.Name, "ok", fetched.StatusCode, parsed.Items.Count, created, stopwatch.ElapsedMilliseconds, nextRegular);
        metrics.Poll("ok", fetched.StatusCode);
        return new FeedPollResult("ok", parsed.Items.Count, created, nextRegular);
    }

    /// <summary>After a good poll: the feed's interval from <paramref name="now"/>, spread by the jitter.</summary>
    private DateTimeOffset NextRegularPoll(FeedRecord feed, DateTimeOffset now) => now + Backoff.Spread(feed.PollInterval, feedOptions.Value.Jitter);

    private async Task<FeedPollResult> FailAsync(FeedRecord feed, int? httpStatus, string error, TimeSpan? retryAfter, CancellationToken ct)
    {
        var o = feedOptions.Value;
        var now = time.GetUtcNow();
        var failures = (int)feed.ConsecutiveFailures + 1;
        var next = now + Backoff.Delay(failures, o.RetryBaseDelay, o.MaxBackoff, o.Jitter, retryAfter);
        await feeds.RecordFailureAsync(feed.Id, failures, httpStatus, error, now, next, ct).ConfigureAwait(false);
        LogFailed(feed.Name, error, failures, next);
        metrics.Poll("error", httpStatus);
        return new FeedPollResult("error", 0, 0, next);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Polled feed {Feed}: {Status} (HTTP {HttpStatus}), {Items} item(s), {New} new article(s), {ElapsedMs} ms; next poll {NextPoll:o}")]
    private partial void LogPolled(string feed, string status, int? httpStatus, int items, int @new, long elapsedMs, DateTimeOffset nextPoll);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Feed {Feed}: {Count} item link(s) dropped (not http or https: javascript:, file:, mailto: ...)")]
    private partial void LogDroppedLinks(string feed, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Feed} carries {Items} items; only the first {Max} are taken per poll (Feeds:MaxItemsPerPoll)")]
    private partial void LogCapped(string feed, int items, int max);

    [LoggerMessage(Level = LogLevel.Error, Message = "Feed {Feed}: parsing its {Bytes} bytes took longer than the budget of {Budget} (Feeds:ParseTimeout); stopped")]
    private partial void LogParseOverBudget(string feed, int bytes, TimeSpan budget);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling feed {Feed} failed: {Error} ({Failures} failure(s) in a row); next poll {NextPoll:o}")]
    private partial void LogFailed(string feed, string error, int failures, DateTimeOffset nextPoll);
}

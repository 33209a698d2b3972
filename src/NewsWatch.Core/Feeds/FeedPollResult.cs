namespace NewsWatch.Feeds;

/// <summary>The summary of one poll: what happened and when the feed should be polled next.</summary>
public sealed record FeedPollResult(string Status, int Items, int NewArticles, DateTimeOffset NextPollAt);

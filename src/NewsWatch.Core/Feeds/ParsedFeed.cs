namespace NewsWatch.Feeds;

/// <summary>A parsed feed: its title and the items that have a usable http(s) link, in document order.</summary>
public sealed record ParsedFeed(string? Title, IReadOnlyList<FeedItem> Items);

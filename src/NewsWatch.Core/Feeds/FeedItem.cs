namespace NewsWatch.Feeds;

/// <summary>
/// One feed entry. <paramref name="Link"/> is absolute http(s), resolved against the feed URL;
/// <paramref name="Title"/> and <paramref name="Summary"/> are plain text (tags stripped, entities decoded).
/// </summary>
public sealed record FeedItem(string Link, string? Guid, string? Title, DateTimeOffset? Published, string? Summary);

namespace NewsWatch.Storage;

/// <summary>One feed item to enqueue: its normalised URL (the article's key), the link as published, and what the feed says of it.</summary>
public sealed record FeedEntryRow(string NormalizedUrl, string OriginalUrl, string? Guid, string? Title, DateTimeOffset? Published);

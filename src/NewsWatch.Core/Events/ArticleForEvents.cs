namespace NewsWatch.Events;

/// <summary>What the events stage needs of an article: its id, address, title, extracted text and publication time.</summary>
public sealed record ArticleForEvents(long Id, string Url, string? Title, string Text, DateTimeOffset? PublishedAt);

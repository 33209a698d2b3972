namespace NewsWatch.Storage;

/// <summary>An article claimed by a worker: what the next stage needs to know about it.</summary>
public sealed record ArticleWorkItem
{
    public long Id { get; init; }
    public string Url { get; init; } = "";
    public string Status { get; init; } = "";
    public long Attempts { get; init; }
    public string? FeedTitle { get; init; }
    public string? FeedPublishedAt { get; init; }
    public string? Title { get; init; }
    public string? PublishedAt { get; init; }
    public string? Text { get; init; }
}

namespace NewsWatch.Storage;

/// <summary>A row of the <c>feeds</c> table.</summary>
public sealed record FeedRecord
{
    public long Id { get; init; }
    public string Url { get; init; } = "";
    public string Name { get; init; } = "";
    public string Source { get; init; } = "";
    public long PollIntervalSeconds { get; init; }
    public bool Enabled { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public string? LastPolledAt { get; init; }
    public string? LastSuccessAt { get; init; }
    public string? NextPollAt { get; init; }
    public string? LastStatus { get; init; }
    public long? LastHttpStatus { get; init; }
    public long ConsecutiveFailures { get; init; }
    public string? LastError { get; init; }
    public long ItemsSeen { get; init; }

    public TimeSpan PollInterval => TimeSpan.FromSeconds(PollIntervalSeconds);
}

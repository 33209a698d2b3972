using NewsWatch.Storage;

namespace NewsWatch.Pipeline;

/// <summary>What one pipeline stage did with an article.</summary>
public sealed record StageOutcome
{
    private StageOutcome() { }

    /// <summary>The status the article moves to (or null when the stage failed).</summary>
    public string? NextStatus => Next?.Status;

    /// <summary>
    /// The article as the stage left it in the database, for the next stage: the stage knows what it wrote, so the
    /// row (text and all) is not read back.
    /// </summary>
    public ArticleWorkItem? Next { get; private init; }
    public string? Error { get; private init; }
    public int? HttpStatus { get; private init; }
    /// <summary>False when trying again cannot help (a blocked address, a page over the size cap).</summary>
    public bool Retryable { get; private init; }
    public TimeSpan? RetryAfter { get; private init; }

    public static StageOutcome Advanced(ArticleWorkItem next) => new() { Next = next };

    public static StageOutcome Retry(string error, int? httpStatus = null, TimeSpan? retryAfter = null) =>
        new() { Error = error, HttpStatus = httpStatus, Retryable = true, RetryAfter = retryAfter };

    public static StageOutcome Fail(string error, int? httpStatus = null) =>
        new() { Error = error, HttpStatus = httpStatus, Retryable = false };
}

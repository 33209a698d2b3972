namespace NewsWatch.Pipeline;

/// <summary>What one pipeline stage did with an article.</summary>
public sealed record StageOutcome
{
    private StageOutcome() { }

    /// <summary>The status the article moves to (or null when the stage failed).</summary>
    public string? NextStatus { get; private init; }
    public string? Error { get; private init; }
    public int? HttpStatus { get; private init; }
    /// <summary>False when trying again cannot help (a blocked address, a page over the size cap).</summary>
    public bool Retryable { get; private init; }
    public TimeSpan? RetryAfter { get; private init; }

    public static StageOutcome Advanced(string nextStatus) => new() { NextStatus = nextStatus };

    public static StageOutcome Retry(string error, int? httpStatus = null, TimeSpan? retryAfter = null) =>
        new() { Error = error, HttpStatus = httpStatus, Retryable = true, RetryAfter = retryAfter };

    public static StageOutcome Fail(string error, int? httpStatus = null) =>
        new() { Error = error, HttpStatus = httpStatus, Retryable = false };
}

namespace NewsWatch.Http;

/// <summary>
/// What a fetch produced. <see cref="Body"/> is empty unless <see cref="Outcome"/> is
/// <see cref="FetchOutcome.Ok"/>; <see cref="Error"/> is a human-readable reason for any other outcome.
/// </summary>
public sealed record FetchResult
{
    public required FetchOutcome Outcome { get; init; }

    /// <summary>Status of the last response, when one arrived.</summary>
    public int? StatusCode { get; init; }

    /// <summary>The URL after redirects (the requested one when none were followed).</summary>
    public required Uri FinalUrl { get; init; }

    public byte[] Body { get; init; } = [];

    /// <summary>The Content-Type header as sent, charset included.</summary>
    public string? ContentType { get; init; }

    /// <summary>Validator to store for the next conditional GET.</summary>
    public string? ETag { get; init; }

    /// <summary>Validator to store for the next conditional GET (raw header value).</summary>
    public string? LastModified { get; init; }

    /// <summary>How long the server asked us to wait (Retry-After as seconds or as a date), never negative.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public string? Error { get; init; }

    public bool IsSuccess => Outcome == FetchOutcome.Ok;

    internal static FetchResult Failure(FetchOutcome outcome, Uri url, string error, int? statusCode = null) =>
        new() { Outcome = outcome, FinalUrl = url, Error = error, StatusCode = statusCode };
}

namespace NewsWatch.Alerts;

/// <summary>What one POST came to.</summary>
/// <param name="StatusCode">The HTTP status, or null when no response arrived (refused, timed out).</param>
/// <param name="Error">Null on a 2xx; otherwise why it failed, with the start of the response body.</param>
/// <param name="RetryAfter">The receiver's Retry-After, when it sent one.</param>
public sealed record WebhookResult(int? StatusCode, string? Error, TimeSpan? RetryAfter, TimeSpan Duration)
{
    public bool Succeeded => Error is null;

    public static WebhookResult Failed(string error, TimeSpan duration) => new(null, error, null, duration);
}

namespace NewsWatch.Http;

/// <summary>How a fetch ended. Only <see cref="Ok"/> carries a body.</summary>
public enum FetchOutcome
{
    /// <summary>2xx with a body within the size cap.</summary>
    Ok,
    /// <summary>304: the validators sent still match; nothing new.</summary>
    NotModified,
    /// <summary>A non-2xx, non-304 status (see <see cref="FetchResult.StatusCode"/> and <see cref="FetchResult.RetryAfter"/>).</summary>
    HttpError,
    /// <summary>The body (after decompression) exceeded the cap; reading stopped at the cap.</summary>
    TooLarge,
    /// <summary>The host resolved only to refused addresses (private, loopback, link-local, ...).</summary>
    Blocked,
    /// <summary>Connecting or the whole fetch took longer than configured.</summary>
    Timeout,
    /// <summary>DNS failure, connection refused or reset, TLS or protocol error.</summary>
    NetworkError,
    /// <summary>Not an absolute http(s) URL, or a redirect to one that is not.</summary>
    InvalidUrl,
    /// <summary>More redirects than <see cref="HttpFetchOptions.MaxRedirects"/>.</summary>
    TooManyRedirects,
}

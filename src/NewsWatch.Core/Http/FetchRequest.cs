namespace NewsWatch.Http;

/// <summary>
/// One GET. <paramref name="MaxBytes"/> caps the decompressed body (use
/// <see cref="HttpFetchOptions.MaxFeedBytes"/> or <see cref="HttpFetchOptions.MaxPageBytes"/>).
/// <paramref name="ETag"/> and <paramref name="LastModified"/> are the validators from the previous
/// response, sent back verbatim as If-None-Match / If-Modified-Since.
/// </summary>
public sealed record FetchRequest(Uri Url, long MaxBytes, string? ETag = null, string? LastModified = null, string? Accept = null);

using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace NewsWatch.Http;

/// <summary>
/// Fetches feeds and pages like a good citizen and safely: conditional GET, compression, a size
/// cap enforced while streaming, connect and total timeouts, a per-host concurrency limit,
/// redirects followed by hand (each hop re-checked), and the <see cref="NetworkGuard"/> on every
/// connection. Never throws for network or HTTP trouble: the outcome says what happened. Only the
/// caller's own cancellation surfaces as <see cref="OperationCanceledException"/>.
/// </summary>
public sealed partial class HttpFetcher
{
    /// <summary>In-call retries for transient network failures; backoff across polls belongs to the caller.</summary>
    public const int MaxNetworkRetries = 2;

    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(300);

    private readonly HttpClient _client;
    private readonly HttpFetchOptions _options;
    private readonly HostConcurrencyLimiter _limiter;
    private readonly TimeProvider _time;
    private readonly ILogger<HttpFetcher> _logger;
    private readonly ResiliencePipeline<FetchResult> _retry;

    public HttpFetcher(HttpClient client, IOptions<HttpFetchOptions> options, HostConcurrencyLimiter limiter, TimeProvider time, ILogger<HttpFetcher> logger)
    {
        _client = client;
        _options = options.Value;
        _limiter = limiter;
        _time = time;
        _logger = logger;
        _retry = new ResiliencePipelineBuilder<FetchResult> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<FetchResult>
            {
                MaxRetryAttempts = MaxNetworkRetries,
                Delay = RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.Outcome == FetchOutcome.NetworkError),
            })
            .Build();
    }

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsHttpUrl(request.Url))
        {
            return FetchResult.Failure(FetchOutcome.InvalidUrl, request.Url, $"only absolute http and https URLs are fetched, not '{request.Url}'");
        }

        if (request.MaxBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.MaxBytes, "MaxBytes must be positive.");
        }

        using var deadline = new CancellationTokenSource(_options.RequestTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        FetchResult result;
        try
        {
            result = await _retry.ExecuteAsync(
                static (state, token) => new ValueTask<FetchResult>(state.Self.FetchOnceAsync(state.Request, token)),
                (Self: this, Request: request),
                linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            result = FetchResult.Failure(FetchOutcome.Timeout, request.Url, $"no complete response within {_options.RequestTimeout.TotalSeconds:0.###} s");
        }

        LogFetched(request.Url, result.Outcome, result.StatusCode, result.Body.Length, result.Error);
        return result;
    }

    private async Task<FetchResult> FetchOnceAsync(FetchRequest request, CancellationToken ct)
    {
        var url = request.Url;
        for (var redirects = 0; ; redirects++)
        {
            using var lease = await _limiter.AcquireAsync(url.IdnHost, ct).ConfigureAwait(false);
            using var message = CreateMessage(url, request);
            HttpResponseMessage response;
            try
            {
                response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
            }
            catch (HttpRequestException ex) when (FindInner<BlockedAddressException>(ex) is { } blocked)
            {
                LogBlocked(url, blocked.Message);
                return FetchResult.Failure(FetchOutcome.Blocked, url, blocked.Message);
            }
            catch (HttpRequestException ex)
            {
                return FetchResult.Failure(FetchOutcome.NetworkError, url, Describe(ex));
            }
            catch (OperationCanceledException ex) when (!ct.IsCancellationRequested && FindInner<TimeoutException>(ex) is not null)
            {
                return FetchResult.Failure(FetchOutcome.Timeout, url, $"could not connect to {url.IdnHost} within {_options.ConnectTimeout.TotalSeconds:0.###} s");
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                if (!IsRedirect(status))
                {
                    return await ReadResponseAsync(response, url, request, ct).ConfigureAwait(false);
                }

                if (response.Headers.Location is not { } location)
                {
                    return FetchResult.Failure(FetchOutcome.HttpError, url, $"HTTP {status} redirect without a Location header", status);
                }

                var next = location.IsAbsoluteUri ? location : new Uri(url, location);
                if (!IsHttpUrl(next))
                {
                    return FetchResult.Failure(FetchOutcome.InvalidUrl, url, $"redirect to '{next}' refused: only http and https are followed", status);
                }

                if (redirects >= _options.MaxRedirects)
                {
                    return FetchResult.Failure(FetchOutcome.TooManyRedirects, url, $"more than {_options.MaxRedirects} redirects (last to '{next}')", status);
                }

                url = next;
            }
        }
    }

    private HttpRequestMessage CreateMessage(Uri url, FetchRequest request)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, url);
        message.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        message.Headers.TryAddWithoutValidation("Accept", request.Accept ?? "*/*");
        // Validators go on every hop: a moved feed's stored validators belong to its final URL.
        if (!string.IsNullOrWhiteSpace(request.ETag))
        {
            message.Headers.TryAddWithoutValidation("If-None-Match", request.ETag);
        }

        if (!string.IsNullOrWhiteSpace(request.LastModified))
        {
            message.Headers.TryAddWithoutValidation("If-Modified-Since", request.LastModified);
        }

        return message;
    }

    private async Task<FetchResult> ReadResponseAsync(HttpResponseMessage response, Uri url, FetchRequest request, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        var result = new FetchResult
        {
            Outcome = FetchOutcome.Ok,
            StatusCode = status,
            FinalUrl = url,
            ContentType = RawHeader(response.Content.Headers.NonValidated, "Content-Type"),
            ETag = RawHeader(response.Headers.NonValidated, "ETag"),
            LastModified = RawHeader(response.Content.Headers.NonValidated, "Last-Modified"),
            RetryAfter = RetryAfterOf(response.Headers.RetryAfter),
        };

        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return result with
            {
                Outcome = FetchOutcome.NotModified,
                ETag = result.ETag ?? request.ETag,
                LastModified = result.LastModified ?? request.LastModified,
            };
        }

        if (status is < 200 or > 299)
        {
            return result with { Outcome = FetchOutcome.HttpError, Error = $"HTTP {status} {response.ReasonPhrase}".TrimEnd() };
        }

        var declared = response.Content.Headers.ContentLength;
        if (declared > request.MaxBytes)
        {
            return result with { Outcome = FetchOutcome.TooLarge, Error = $"Content-Length {declared} bytes exceeds the {request.MaxBytes}-byte cap" };
        }

        var body = await CappedBody.ReadAsync(response.Content, request.MaxBytes, declared, ct).ConfigureAwait(false);
        return body is null
            ? result with { Outcome = FetchOutcome.TooLarge, Error = $"body exceeds the {request.MaxBytes}-byte cap" }
            : result with { Body = body };
    }

    private TimeSpan? RetryAfterOf(RetryConditionHeaderValue? header)
    {
        var wait = header?.Delta ?? (header?.Date is { } date ? date - _time.GetUtcNow() : null);
        return wait is { } w && w < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    private static string? RawHeader(HttpHeadersNonValidated headers, string name) =>
        headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;

    private static bool IsRedirect(int status) => status is 301 or 302 or 303 or 307 or 308;

    internal static bool IsHttpUrl(Uri url) =>
        url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) && url.IdnHost.Length > 0;

    private static T? FindInner<T>(Exception ex) where T : Exception
    {
        for (var e = ex.InnerException; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }

    private static string Describe(HttpRequestException ex)
    {
        var inner = ex.InnerException is { } e && e.Message != ex.Message ? $" ({e.Message})" : "";
        return ex.Message + inner;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "GET {Url}: {Outcome} status={StatusCode} bytes={Bytes} {Error}")]
    private partial void LogFetched(Uri url, FetchOutcome outcome, int? statusCode, int bytes, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Blocked fetch of {Url}: {Reason}")]
    private partial void LogBlocked(Uri url, string reason);
}

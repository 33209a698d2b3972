using System.ComponentModel.DataAnnotations;

namespace NewsWatch.Http;

/// <summary>How NewsWatch talks HTTP to feed and article servers (configuration section <c>Http</c>).</summary>
public sealed class HttpFetchOptions : IValidatableObject
{
    public const string Section = "Http";

    /// <summary>Sent with every request so site operators can see who we are and how to reach us.</summary>
    public const string DefaultUserAgent = "NewsWatch/1.0 (+https://github.com/newswatch; defence news monitor)";

    /// <summary>Time allowed to open a TCP connection (DNS lookup included): 10 s.</summary>
    public static readonly TimeSpan DefaultConnectTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Time allowed for a whole fetch, redirects, retries and body included: 30 s.</summary>
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Largest feed document accepted (after decompression): 10 MB.</summary>
    public const long DefaultMaxFeedBytes = 10L * 1024 * 1024;

    /// <summary>Largest article page accepted (after decompression): 5 MB.</summary>
    public const long DefaultMaxPageBytes = 5L * 1024 * 1024;

    /// <summary>Redirect hops followed before giving up: 5.</summary>
    public const int DefaultMaxRedirects = 5;

    /// <summary>Requests in flight to one host at a time: 2.</summary>
    public const int DefaultPerHostConcurrency = 2;

    /// <summary>The User-Agent header value.</summary>
    [Required, MinLength(1)]
    public string UserAgent { get; set; } = DefaultUserAgent;

    /// <summary>Connect timeout (DNS and TCP). Default 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00")]
    public TimeSpan ConnectTimeout { get; set; } = DefaultConnectTimeout;

    /// <summary>Total timeout of one fetch (all redirect hops, retries and the body). Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:30:00")]
    public TimeSpan RequestTimeout { get; set; } = DefaultRequestTimeout;

    /// <summary>Size cap for feed documents in bytes. Default 10 MB.</summary>
    [Range(1024, long.MaxValue)]
    public long MaxFeedBytes { get; set; } = DefaultMaxFeedBytes;

    /// <summary>Size cap for article pages in bytes. Default 5 MB.</summary>
    [Range(1024, long.MaxValue)]
    public long MaxPageBytes { get; set; } = DefaultMaxPageBytes;

    /// <summary>Maximum number of redirects followed per fetch. Default 5.</summary>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = DefaultMaxRedirects;

    /// <summary>Maximum concurrent requests per host. Default 2.</summary>
    [Range(1, 64)]
    public int PerHostConcurrency { get; set; } = DefaultPerHostConcurrency;

    /// <summary>
    /// When true, private, loopback, link-local and other non-public addresses may be fetched.
    /// Default false: links in feeds are untrusted and must not reach the internal network.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>
    /// Host names, IP addresses or CIDR ranges (e.g. <c>127.0.0.1</c>, <c>10.1.0.0/16</c>,
    /// <c>intranet.example</c>) that may be fetched even though they resolve to a non-public address.
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        AllowedHosts.Where(h => !AllowListEntry.TryParse(h, out _))
            .Select(h => new ValidationResult(InvalidAllowListEntry(h), [nameof(AllowedHosts)]));

    internal static string InvalidAllowListEntry(string? entry) =>
        $"Http:AllowedHosts entry '{entry}' is neither a host name, an IP address nor a CIDR range.";
}

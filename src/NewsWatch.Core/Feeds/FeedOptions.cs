using System.ComponentModel.DataAnnotations;

namespace NewsWatch.Feeds;

/// <summary>The feeds to watch and how often (configuration section <c>Feeds</c>).</summary>
public sealed class FeedOptions
{
    public const string Section = "Feeds";

    /// <summary>Poll interval for a feed that does not set its own. Default: 15 minutes.</summary>
    public TimeSpan DefaultPollInterval { get; set; } = DefaultDefaultPollInterval;

    /// <summary>Random spread applied to every interval, as a fraction of it, so feeds never poll in lock-step. Default: 0.1.</summary>
    [Range(0.0, 0.5)]
    public double Jitter { get; set; } = DefaultJitter;

    /// <summary>Ceiling of the exponential backoff after repeated failures; a failing feed is still polled this often, never dropped. Default: 6 hours.</summary>
    public TimeSpan MaxBackoff { get; set; } = DefaultMaxBackoff;

    /// <summary>First retry delay after a failed poll; it doubles with each further failure up to <see cref="MaxBackoff"/>. Default: 1 minute.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = DefaultRetryBaseDelay;

    /// <summary>The feeds from configuration, upserted into the <c>feeds</c> table at start.</summary>
    public List<FeedDefinition> Sources { get; set; } = [];

    /// <summary>
    /// Items taken from one poll, in feed order (newest first in practice); the rest wait for later polls
    /// if the feed still carries them. Bounds the work one huge feed can cause. Default: 500.
    /// </summary>
    [Range(1, 100_000)]
    public int MaxItemsPerPoll { get; set; } = DefaultMaxItemsPerPoll;

    public const int DefaultMaxItemsPerPoll = 500;

    /// <summary>
    /// How long parsing one fetched feed may take. A parse over it stops (the budget is checked inside the
    /// parser's loops) and the poll fails like any unreadable feed, with backoff. A 10 MB feed parses in
    /// about a second here, so the default leaves room for a busy machine. Default: 20 seconds.
    /// </summary>
    public TimeSpan ParseTimeout { get; set; } = DefaultParseTimeout;

    public static readonly TimeSpan DefaultParseTimeout = TimeSpan.FromSeconds(20);

    public const double DefaultJitter = 0.1;
    public static readonly TimeSpan DefaultDefaultPollInterval = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan DefaultRetryBaseDelay = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan DefaultMaxBackoff = TimeSpan.FromHours(6);
}

public sealed class FeedDefinition
{
    [Required] public string Name { get; set; } = "";
    [Required, Url] public string Url { get; set; } = "";
    /// <summary>Overrides <see cref="FeedOptions.DefaultPollInterval"/> for this feed.</summary>
    public TimeSpan? PollInterval { get; set; }
    /// <summary>
    /// The government or body that publishes the feed, as a country code (US, GB) or body code (EU, NATO, UN):
    /// the donor of the aid its articles announce in the first person. Leave empty for news outlets.
    /// </summary>
    public string? Publisher { get; set; }
}

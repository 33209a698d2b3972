using System.ComponentModel.DataAnnotations;

namespace NewsWatch.Pipeline;

/// <summary>How articles move through fetch, extraction, tagging and event detection (section <c>Pipeline</c>).</summary>
public sealed class PipelineOptions
{
    public const string Section = "Pipeline";

    /// <summary>How often the article queue is checked even when no poll woke it. Default: 30 seconds.</summary>
    public TimeSpan ProcessInterval { get; set; } = DefaultProcessInterval;

    /// <summary>Articles leased per round. Default: 16.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = DefaultBatchSize;

    /// <summary>Articles processed at once (fetches are also limited per host by the HTTP options). Default: 4.</summary>
    [Range(1, 64)]
    public int MaxParallelArticles { get; set; } = DefaultMaxParallelArticles;

    /// <summary>Attempts before an article is marked failed for good. Default: 5.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = DefaultMaxAttempts;

    /// <summary>Delay before the first retry of an article; doubles per attempt. Default: 2 minutes.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = DefaultRetryBaseDelay;

    /// <summary>Ceiling of the article retry delay. Default: 2 hours.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = DefaultMaxRetryDelay;

    /// <summary>How long a worker owns a claimed article; after a crash the article is due again once it runs out. Default: 10 minutes.</summary>
    public TimeSpan Lease { get; set; } = DefaultLease;

    /// <summary>
    /// How long extracting the text of one fetched page may take. Extraction over it stops (the budget is
    /// checked inside the parser and between the extraction passes) and the article takes the usual
    /// retry path, failing for good after <see cref="MaxAttempts"/>. Default: 20 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan ExtractTimeout { get; set; } = DefaultExtractTimeout;

    public static readonly TimeSpan DefaultExtractTimeout = TimeSpan.FromSeconds(20);

    public const int DefaultBatchSize = 16;
    public const int DefaultMaxParallelArticles = 4;
    public const int DefaultMaxAttempts = 5;
    public static readonly TimeSpan DefaultProcessInterval = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan DefaultRetryBaseDelay = TimeSpan.FromMinutes(2);
    public static readonly TimeSpan DefaultMaxRetryDelay = TimeSpan.FromHours(2);
    public static readonly TimeSpan DefaultLease = TimeSpan.FromMinutes(10);
}

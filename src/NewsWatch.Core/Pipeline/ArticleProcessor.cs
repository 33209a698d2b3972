using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsWatch.Common;
using NewsWatch.Storage;

namespace NewsWatch.Pipeline;

/// <summary>
/// Drains the article queue: leases due articles, runs each through the stages from its current
/// status to the end, and records failures with a bounded, backed-off retry.
/// </summary>
public sealed partial class ArticleProcessor
{
    private readonly ArticleStore _articles;
    private readonly IReadOnlyDictionary<string, IArticleStage> _stagesByInput;
    private readonly PipelineOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ArticleProcessor> _logger;

    private readonly NewsWatchMetrics _metrics;

    public ArticleProcessor(ArticleStore articles, IEnumerable<IArticleStage> stages, IOptions<PipelineOptions> options,
        NewsWatchMetrics metrics, TimeProvider time, ILogger<ArticleProcessor> logger)
    {
        _metrics = metrics;
        _articles = articles;
        _stagesByInput = stages.ToDictionary(s => s.InputStatus);
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Processes due articles until none is left; returns how many were handled.</summary>
    public async Task<int> ProcessDueAsync(CancellationToken ct)
    {
        var handled = 0;
        var tally = new FailureTally();
        var claimed = new ClaimedArticles(token => _articles.ClaimAsync(_options.BatchSize, _time.GetUtcNow(), _options.Lease, token));
        var workers = Enumerable.Range(0, _options.MaxParallelArticles).Select(_ => Task.Run(async () =>
        {
            try
            {
                while (await claimed.NextAsync(ct).ConfigureAwait(false) is { } article)
                {
                    await ProcessAsync(article, tally, ct).ConfigureAwait(false);
                    Interlocked.Increment(ref handled);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Shutting down: unfinished articles keep their lease and come back on the next start.
            }
        }, CancellationToken.None));
        await Task.WhenAll(workers).ConfigureAwait(false);
        // One line per pass, not one per article: a feed of 100,000 broken links must not flood the log.
        if (tally.Retrying + tally.GaveUp > 0)
            LogRoundFailures(handled, tally.Retrying + tally.GaveUp, tally.Retrying, tally.GaveUp, tally.FirstError);
        return handled;
    }

    /// <summary>Failures of one pass over the queue, counted across its parallel workers.</summary>
    private sealed class FailureTally
    {
        private int _retrying;
        private int _gaveUp;
        private string? _firstError;

        public int Retrying => _retrying;
        public int GaveUp => _gaveUp;
        public string? FirstError => _firstError;

        public void Add(bool willRetry, string? error)
        {
            if (willRetry) Interlocked.Increment(ref _retrying);
            else Interlocked.Increment(ref _gaveUp);
            Interlocked.CompareExchange(ref _firstError, error, null);
        }
    }

    private async Task ProcessAsync(ArticleWorkItem article, FailureTally tally, CancellationToken ct)
    {
        // A message-template scope: console formatters print "Article 12 https://...", structured sinks get both values.
        using var scope = _logger.BeginScope("Article {ArticleId} {ArticleUrl}", article.Id, article.Url);
        var current = article;
        while (_stagesByInput.TryGetValue(current.Status, out var stage))
        {
            StageOutcome outcome;
            var started = _time.GetTimestamp();
            try
            {
                outcome = await stage.RunAsync(current, ct).ConfigureAwait(false);
                _metrics.Stage(current.Status, _time.GetElapsedTime(started));
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Shutting down: the lease runs out and the article is picked up on the next start.
                return;
            }
            catch (Exception ex)
            {
                outcome = StageOutcome.Retry($"{stage.GetType().Name}: {ex.GetType().Name}: {ex.Message}");
                LogStageCrashed(ex, stage.GetType().Name);
            }

            if (outcome.Next is { } next)
            {
                LogAdvanced(current.Status, next.Status);
                current = next;
                continue;
            }
            await RecordFailureAsync(current, outcome, tally, ct).ConfigureAwait(false);
            return;
        }
    }

    private async Task RecordFailureAsync(ArticleWorkItem article, StageOutcome outcome, FailureTally tally, CancellationToken ct)
    {
        var now = _time.GetUtcNow();
        var attempts = (int)article.Attempts + 1;
        DateTimeOffset? retryAt = null;
        if (outcome.Retryable && attempts < _options.MaxAttempts)
            retryAt = now + Backoff.Delay(attempts, _options.RetryBaseDelay, _options.MaxRetryDelay, 0.1, outcome.RetryAfter);
        await _articles.RecordFailureAsync(article.Id, outcome.Error ?? "unknown error", outcome.HttpStatus, now, retryAt, ct).ConfigureAwait(false);
        tally.Add(retryAt is not null, outcome.Error);
        if (retryAt is { } at)
            LogWillRetry(article.Status, outcome.Error, attempts, _options.MaxAttempts, at);
        else
            LogGaveUp(article.Status, outcome.Error, attempts);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Article moved from {From} to {To}")]
    private partial void LogAdvanced(string from, string to);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Handled} article(s) processed, {Failed} failed ({Retrying} will retry, {GaveUp} given up; details at Debug level); first error: {FirstError}")]
    private partial void LogRoundFailures(int handled, int failed, int retrying, int gaveUp, string? firstError);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Article stage {From} failed: {Error} (attempt {Attempt} of {MaxAttempts}); retry at {RetryAt:o}")]
    private partial void LogWillRetry(string from, string? error, int attempt, int maxAttempts, DateTimeOffset retryAt);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Article stage {From} failed for good after {Attempt} attempt(s): {Error}")]
    private partial void LogGaveUp(string from, string? error, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Article stage {Stage} threw")]
    private partial void LogStageCrashed(Exception ex, string stage);
}

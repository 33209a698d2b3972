using Microsoft.Extensions.Logging;
using NewsWatch.Common;
using Microsoft.Extensions.Options;
using NewsWatch.Feeds;
using NewsWatch.Pipeline;
using Quartz;

namespace NewsWatch.Scheduling;

/// <summary>
/// Polls one feed (one job per feed, so runs of one feed never overlap), then reschedules its own
/// trigger for the time the poller chose: the jittered interval, or later after failures.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class FeedPollJob(FeedPoller poller, PollGate gate, IOptions<FeedOptions> options, TimeProvider time, ILogger<FeedPollJob> logger) : IJob
{
    public const string FeedIdKey = "feedId";
    public const string Group = "feeds";

    /// <summary>How soon a poll that found every slot taken comes again (spread by half, so waiting feeds do not return together).</summary>
    public static readonly TimeSpan GateRetryDelay = TimeSpan.FromSeconds(2);

    public static JobKey KeyFor(long feedId) => new($"feed-{feedId}", Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var feedId = context.MergedJobDataMap.GetLong(FeedIdKey);
        using var slot = gate.TryEnter();
        if (slot is null)
        {
            await RescheduleAsync(context, time.GetUtcNow() + Backoff.Spread(GateRetryDelay, 0.5), cancellationToken).ConfigureAwait(false);
            return;
        }

        DateTimeOffset next;
        try
        {
            var result = await poller.PollAsync(feedId, cancellationToken).ConfigureAwait(false);
            if (result.NewArticles > 0)
                await context.Scheduler.TriggerJob(ArticleProcessingJob.Key, cancellationToken: cancellationToken).ConfigureAwait(false);
            next = result.NextPollAt;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex)
        {
            // The poller records expected failures itself; this is the last guard so a bug never
            // stops a feed from being polled again.
            LogUnexpected(ex, feedId);
            next = time.GetUtcNow() + options.Value.RetryBaseDelay;
        }

        await RescheduleAsync(context, next, cancellationToken).ConfigureAwait(false);
    }

    private static async Task RescheduleAsync(IJobExecutionContext context, DateTimeOffset next, CancellationToken cancellationToken)
    {
        var trigger = TriggerBuilder.Create()
            .WithIdentity(context.Trigger.Key)
            .ForJob(context.JobDetail.Key)
            .StartAt(next)
            .Build();
        await context.Scheduler.RescheduleJob(context.Trigger.Key, trigger, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling feed {FeedId} threw unexpectedly; it will be retried")]
    private partial void LogUnexpected(Exception ex, long feedId);
}

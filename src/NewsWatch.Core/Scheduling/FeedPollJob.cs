using Microsoft.Extensions.Logging;
using NewsWatch.Common;
using Microsoft.Extensions.Options;
using NewsWatch.Feeds;
using NewsWatch.Pipeline;
using NewsWatch.Storage;
using Quartz;

namespace NewsWatch.Scheduling;

/// <summary>
/// Polls one feed (one job per feed, so runs of one feed never overlap), then reschedules its own
/// trigger for the time the poller chose: the jittered interval, or later after failures.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class FeedPollJob(FeedPoller poller, PollGate gate, ArticleQueueSignal articleQueue, Database database,
    IOptions<FeedOptions> options, TimeProvider time, ILogger<FeedPollJob> logger) : IJob
{
    public const string FeedIdKey = "feedId";
    public const string Group = "feeds";

    /// <summary>How soon a poll that found every slot taken comes again (spread by half, so waiting feeds do not return together).</summary>
    public static readonly TimeSpan GateRetryDelay = TimeSpan.FromSeconds(2);

    public static JobKey KeyFor(long feedId) => new($"feed-{feedId}", Group);

    /// <summary>The one trigger of a feed's job, whatever trigger fired it (a recovery after a node died has one of its own).</summary>
    public static TriggerKey TriggerKeyFor(long feedId) => new($"feed-{feedId}", Group);

    /// <summary>The feed id as the job stores it: text, which every job store's serializer gives back as it was.</summary>
    public static string FeedIdData(long feedId) => feedId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var feedId = long.Parse(context.MergedJobDataMap.GetString(FeedIdKey)!, System.Globalization.CultureInfo.InvariantCulture);
        using var slot = gate.TryEnter();
        if (slot is null)
        {
            await RescheduleAsync(context, feedId, time.GetUtcNow() + Backoff.Spread(GateRetryDelay, 0.5), cancellationToken).ConfigureAwait(false);
            return;
        }

        DateTimeOffset next;
        try
        {
            var result = await poller.PollAsync(feedId, cancellationToken).ConfigureAwait(false);
            if (result.NewArticles > 0)
            {
                // Clustered, the article queue is every node's own loop (NodeWorkService), not a Quartz job.
                if (database.IsPostgres) articleQueue.Wake();
                else await context.Scheduler.TriggerJob(ArticleProcessingJob.Key, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
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

        await RescheduleAsync(context, feedId, next, cancellationToken).ConfigureAwait(false);
    }

    private static async Task RescheduleAsync(IJobExecutionContext context, long feedId, DateTimeOffset next, CancellationToken cancellationToken)
    {
        // A poll that ends while the daemon stops has no scheduler to come back to; the next start schedules every feed
        // again, so there is nothing to lose and nothing to log as a failure.
        if (IsStopping(context.Scheduler)) return;
        var key = TriggerKeyFor(feedId);
        var trigger = TriggerBuilder.Create()
            .WithIdentity(key)
            .ForJob(context.JobDetail.Key)
            .StartAt(next)
            .Build();
        // A run that Quartz recovered after its node died fired from a recovery trigger, and the feed's own trigger is
        // gone with the run it fired: then there is nothing to replace, and the feed gets its trigger anew.
        try
        {
            if (await context.Scheduler.RescheduleJob(key, trigger, cancellationToken).ConfigureAwait(false) is null)
                await context.Scheduler.ScheduleJob(trigger, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (SchedulerException) when (IsStopping(context.Scheduler))
        {
            // The daemon stopped between the check above and the call.
        }
    }

    private static bool IsStopping(IScheduler scheduler) => scheduler.Status is SchedulerStatus.ShuttingDown or SchedulerStatus.Shutdown;

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling feed {FeedId} threw unexpectedly; it will be retried")]
    private partial void LogUnexpected(Exception ex, long feedId);
}

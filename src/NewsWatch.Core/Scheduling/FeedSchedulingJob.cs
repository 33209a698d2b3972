using Microsoft.Extensions.Logging;
using NewsWatch.Common;
using NewsWatch.Pipeline;
using NewsWatch.Storage;
using Quartz;

namespace NewsWatch.Scheduling;

/// <summary>
/// Gives every enabled feed in the database its own poll job. Runs at start and then every minute,
/// so feeds added with <c>newswatch feeds import</c> while the daemon runs are picked up.
/// A feed's first poll is its stored <c>next_poll_at</c> (a backoff survives a restart), else right
/// away, the feeds spread evenly over a short window (<see cref="FirstPollOffset"/>) so a fresh daemon
/// starts working at once without hitting every feed in the same instant.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class FeedSchedulingJob(FeedStore feeds, TimeProvider time, ILogger<FeedSchedulingJob> logger) : IJob
{
    public static readonly JobKey Key = new("feed-scheduling", "daemon");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var scheduler = context.Scheduler;
        var now = time.GetUtcNow();
        var scheduled = 0;
        var all = await feeds.ListAsync(cancellationToken).ConfigureAwait(false);
        for (var index = 0; index < all.Count; index++)
        {
            var feed = all[index];
            var key = FeedPollJob.KeyFor(feed.Id);
            var exists = await scheduler.Exists(key, cancellationToken).ConfigureAwait(false);
            if (!feed.Enabled)
            {
                if (exists) await scheduler.DeleteJob(key, cancellationToken).ConfigureAwait(false);
                continue;
            }
            // A job without a trigger lost it with a node that died mid-poll before Quartz recovered the run: give it one.
            if (exists && (await scheduler.GetTriggersOfJob(key, cancellationToken).ConfigureAwait(false)).Count > 0) continue;

            var startAt = now + FirstPollOffset(index, all.Count);
            if (Timestamps.Parse(feed.NextPollAt) is { } stored && stored > startAt) startAt = stored;

            // Durable, so a clustered store keeps the job between its one-shot triggers; recoverable, so a run whose node
            // died is run again by another node.
            var job = JobBuilder.Create<FeedPollJob>().WithIdentity(key).UsingJobData(FeedPollJob.FeedIdKey, FeedPollJob.FeedIdData(feed.Id))
                .StoreDurably().RequestRecovery().Build();
            var trigger = TriggerBuilder.Create().WithIdentity(FeedPollJob.TriggerKeyFor(feed.Id)).ForJob(key).StartAt(startAt).Build();
            if (exists) await scheduler.ScheduleJob(trigger, cancellationToken: cancellationToken).ConfigureAwait(false);
            else await scheduler.ScheduleJob(job, trigger, cancellationToken: cancellationToken).ConfigureAwait(false);
            scheduled++;
        }
        if (scheduled > 0) LogScheduled(scheduled);
    }

    /// <summary>Time between two feeds' first polls; the whole window never exceeds <see cref="MaxFirstPollWindow"/>.</summary>
    public static readonly TimeSpan FirstPollSpacing = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan MaxFirstPollWindow = TimeSpan.FromSeconds(60);

    /// <summary>When the <paramref name="index"/>-th of <paramref name="count"/> feeds first polls: evenly over min(count × 250 ms, 60 s).</summary>
    public static TimeSpan FirstPollOffset(int index, int count)
    {
        var window = TimeSpan.FromTicks(Math.Min(FirstPollSpacing.Ticks * count, MaxFirstPollWindow.Ticks));
        return count <= 1 ? TimeSpan.Zero : window * index / count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled polling for {Count} feed(s)")]
    private partial void LogScheduled(int count);
}

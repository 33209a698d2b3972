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

    /// <summary>New feeds' jobs are stored this many to a call: one transaction each on a clustered store, not one per feed.</summary>
    private const int ScheduleBatch = 500;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var scheduler = context.Scheduler;
        var now = time.GetUtcNow();
        var all = await feeds.ListAsync(cancellationToken).ConfigureAwait(false);
        // Every feed's trigger in one round trip: with 10,000 feeds on a clustered store, asking feed by feed every minute
        // was 20,000 queries a minute, and a fresh cluster took minutes to schedule its feeds.
        var triggered = (await scheduler.GetTriggers(all.Select(f => FeedPollJob.TriggerKeyFor(f.Id)).ToList(), cancellationToken).ConfigureAwait(false))
            .Select(t => t.Key).ToHashSet();
        // The jobs of feeds without a trigger (new, disabled, or whose trigger was lost), also in one round trip.
        var untriggered = all.Where(f => !triggered.Contains(FeedPollJob.TriggerKeyFor(f.Id))).Select(f => FeedPollJob.KeyFor(f.Id)).ToList();
        var jobs = untriggered.Count == 0 ? [] : (await scheduler.GetJobDetails(untriggered, cancellationToken).ConfigureAwait(false))
            .Select(j => j.Key).ToHashSet();
        var fresh = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>();
        var scheduled = 0;
        for (var index = 0; index < all.Count; index++)
        {
            var feed = all[index];
            var key = FeedPollJob.KeyFor(feed.Id);
            var hasTrigger = triggered.Contains(FeedPollJob.TriggerKeyFor(feed.Id));
            if (!feed.Enabled)
            {
                if (hasTrigger || jobs.Contains(key))
                    await scheduler.DeleteJob(key, cancellationToken).ConfigureAwait(false);
                continue;
            }
            if (hasTrigger) continue;

            var startAt = now + FirstPollOffset(index, all.Count);
            if (Timestamps.Parse(feed.NextPollAt) is { } stored && stored > startAt) startAt = stored;
            var trigger = TriggerBuilder.Create().WithIdentity(FeedPollJob.TriggerKeyFor(feed.Id)).ForJob(key).StartAt(startAt).Build();

            // A job without a trigger lost it with a node that died mid-poll before Quartz recovered the run: give it one.
            if (jobs.Contains(key))
            {
                await scheduler.ScheduleJob(trigger, cancellationToken: cancellationToken).ConfigureAwait(false);
                scheduled++;
                continue;
            }
            // Durable, so a clustered store keeps the job between its one-shot triggers; recoverable, so a run whose node
            // died is run again by another node.
            var job = JobBuilder.Create<FeedPollJob>().WithIdentity(key).UsingJobData(FeedPollJob.FeedIdKey, FeedPollJob.FeedIdData(feed.Id))
                .StoreDurably().RequestRecovery().Build();
            fresh[job] = [trigger];
            if (fresh.Count == ScheduleBatch) scheduled += await ScheduleAsync(scheduler, fresh, cancellationToken).ConfigureAwait(false);
        }
        scheduled += await ScheduleAsync(scheduler, fresh, cancellationToken).ConfigureAwait(false);
        if (scheduled > 0) LogScheduled(scheduled);
    }

    private static async Task<int> ScheduleAsync(IScheduler scheduler, Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>> jobs, CancellationToken ct)
    {
        if (jobs.Count == 0) return 0;
        await scheduler.ScheduleJobs(jobs, default, ct).ConfigureAwait(false);
        var count = jobs.Count;
        jobs.Clear();
        return count;
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

using Microsoft.Extensions.Logging;
using NewsWatch.Common;
using NewsWatch.Pipeline;
using NewsWatch.Storage;
using Quartz;

namespace NewsWatch.Scheduling;

/// <summary>
/// Gives every enabled feed in the database its own poll job. Runs at start and then every minute,
/// so feeds added with <c>newswatch feeds import</c> while the daemon runs are picked up.
/// A feed's first poll is its stored <c>next_poll_at</c> (a backoff survives a restart), else soon
/// with a random offset so a restart does not hit every feed at once.
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
        foreach (var feed in await feeds.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            var key = FeedPollJob.KeyFor(feed.Id);
            var exists = await scheduler.Exists(key, cancellationToken).ConfigureAwait(false);
            if (!feed.Enabled)
            {
                if (exists) await scheduler.DeleteJob(key, cancellationToken).ConfigureAwait(false);
                continue;
            }
            if (exists) continue;

            var startAt = now + Backoff.Spread(TimeSpan.FromSeconds(Math.Min(30, feed.PollIntervalSeconds) / 2.0), 1.0);
            if (Timestamps.Parse(feed.NextPollAt) is { } stored && stored > startAt) startAt = stored;

            var job = JobBuilder.Create<FeedPollJob>().WithIdentity(key).UsingJobData(FeedPollJob.FeedIdKey, feed.Id).Build();
            var trigger = TriggerBuilder.Create().WithIdentity($"feed-{feed.Id}", FeedPollJob.Group).StartAt(startAt).Build();
            await scheduler.ScheduleJob(job, trigger, cancellationToken: cancellationToken).ConfigureAwait(false);
            scheduled++;
        }
        if (scheduled > 0) LogScheduled(scheduled);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled polling for {Count} feed(s)")]
    private partial void LogScheduled(int count);
}

using NewsWatch.Storage;
using Quartz;

namespace NewsWatch.Scheduling;

/// <summary>Proves the scheduler is alive: writes the time to the database for <c>newswatch health</c>.</summary>
[DisallowConcurrentExecution]
public sealed class HeartbeatJob(DaemonStateStore state, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("heartbeat", "daemon");

    public async Task Execute(IJobExecutionContext context)
    {
        var now = time.GetUtcNow();
        await state.SetAsync(DaemonStateStore.SchedulerHeartbeat, Timestamps.Format(now), now, context.CancellationToken).ConfigureAwait(false);
    }
}

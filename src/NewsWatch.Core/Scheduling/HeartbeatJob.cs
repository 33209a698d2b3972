using NewsWatch.Common;
using NewsWatch.Storage;
using Quartz;

namespace NewsWatch.Scheduling;

/// <summary>Proves the scheduler is alive: writes the time to the database for <c>newswatch health</c>.</summary>
[DisallowConcurrentExecution]
public sealed class HeartbeatJob(DaemonStateStore state, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("heartbeat", "daemon");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await state.SetAsync(state.HeartbeatKey, Timestamps.Format(now), now, cancellationToken).ConfigureAwait(false);
    }
}

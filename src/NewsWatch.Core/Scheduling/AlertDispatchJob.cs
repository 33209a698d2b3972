using NewsWatch.Pipeline;
using Quartz;

namespace NewsWatch.Scheduling;

/// <summary>Sends due webhook alerts; the daemon runs it every <see cref="AlertOptions.DispatchInterval"/>.</summary>
[DisallowConcurrentExecution]
public sealed class AlertDispatchJob(AlertDispatcher dispatcher) : IJob
{
    public static readonly JobKey Key = new("alerts", "pipeline");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await dispatcher.DispatchDueAsync(cancellationToken).ConfigureAwait(false);
}

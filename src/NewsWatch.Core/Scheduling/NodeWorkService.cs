using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsWatch.Alerts;
using NewsWatch.Common;
using NewsWatch.Pipeline;
using NewsWatch.Storage;
using Quartz;

namespace NewsWatch.Scheduling;

/// <summary>
/// The article queue and the alert outbox on a clustered (PostgreSQL) node. Every node drains both at once, each
/// claiming disjoint rows (<c>FOR UPDATE SKIP LOCKED</c>), which a job of the clustered Quartz scheduler could not do:
/// Quartz runs a clustered job on one node at a time. So these loops stay local to the node, with a third that writes
/// the node's heartbeat while its Quartz scheduler runs; only the work that must happen once per cluster (feed polls,
/// feed scheduling) is Quartz's.
/// </summary>
public sealed partial class NodeWorkService(ArticleProcessor articles, AlertDispatcher alerts, ArticleQueueSignal signal,
    DaemonStateStore state, ISchedulerFactory schedulers, TimeProvider time, IOptions<PipelineOptions> pipeline,
    IOptions<AlertOptions> alertOptions, IOptions<SchedulingOptions> scheduling, ILogger<NodeWorkService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(
            LoopAsync("heartbeat", BeatAsync, ct => Task.Delay(scheduling.Value.HeartbeatInterval, ct), stoppingToken),
            LoopAsync("articles", async ct => await articles.ProcessDueAsync(ct).ConfigureAwait(false),
                (ct) => signal.WaitAsync(pipeline.Value.ProcessInterval, ct), stoppingToken),
            LoopAsync("alerts", async ct => await alerts.DispatchDueAsync(ct).ConfigureAwait(false),
                (ct) => Task.Delay(alertOptions.Value.DispatchInterval, ct), stoppingToken));

    private async Task LoopAsync(string name, Func<CancellationToken, Task> pass, Func<CancellationToken, Task> pause, CancellationToken ct)
    {
        // Off the host's start-up path: the first pass waits for nothing else to start.
        await Task.Yield();
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await pass(ct).ConfigureAwait(false);
                await pause(ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A pass that throws (the database away for a moment) must not end the loop for the life of the node.
                LogFailed(ex, name);
                try { await Task.Delay(TimeSpan.FromSeconds(1), ct).ConfigureAwait(false); } catch (OperationCanceledException) { return; }
            }
        }
    }

    /// <summary>Beats only while this node's scheduler runs: a node whose Quartz stopped is unhealthy, whatever its loops do.</summary>
    private async Task BeatAsync(CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct).ConfigureAwait(false);
        if (scheduler.Status != SchedulerStatus.Running) return;
        var now = time.GetUtcNow();
        await state.SetAsync(state.HeartbeatKey, Timestamps.Format(now), now, ct).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Loop} pass failed; it runs again")]
    private partial void LogFailed(Exception ex, string loop);
}

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsWatch.Alerts;
using NewsWatch.Pipeline;

namespace NewsWatch.Scheduling;

/// <summary>
/// The article queue and the alert outbox on a clustered (PostgreSQL) node. Every node drains both at once, each
/// claiming disjoint rows (<c>FOR UPDATE SKIP LOCKED</c>), which a job of the clustered Quartz scheduler could not do:
/// Quartz runs a clustered job on one node at a time. So these two loops stay local to the node, and only the work
/// that must happen once per cluster (feed polls, feed scheduling, the heartbeat) is Quartz's.
/// </summary>
public sealed partial class NodeWorkService(ArticleProcessor articles, AlertDispatcher alerts, ArticleQueueSignal signal,
    IOptions<PipelineOptions> pipeline, IOptions<AlertOptions> alertOptions, ILogger<NodeWorkService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(
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

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Loop} pass failed; it runs again")]
    private partial void LogFailed(Exception ex, string loop);
}

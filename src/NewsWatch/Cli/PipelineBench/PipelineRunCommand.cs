using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsWatch.Hosting;
using NewsWatch.Storage;

namespace NewsWatch.Cli.PipelineBench;

/// <summary>
/// <c>newswatch bench pipeline-run --articles N --config FILE</c> (hidden; started by <c>bench pipeline</c>): the
/// daemon exactly as <c>newswatch run</c> builds it (Quartz, the stages, SQLite), which stops itself once N articles
/// have reached a final status and prints what it measured about its own process. A process of its own per run,
/// so "from process start" includes runtime start-up and the JIT, as for a real daemon.
/// </summary>
internal static class PipelineRunCommand
{
    private static readonly string[] FinalStatuses = [ArticleStatus.Done, ArticleStatus.Failed, ArticleStatus.Duplicate];

    /// <summary>How often the article table is counted: often enough to time the halfway point, rare enough to cost nothing.</summary>
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(50);

    public static Command Create()
    {
        var articles = new Option<int>("--articles") { Description = "Stop once this many articles are finished.", Required = true };
        var command = new Command("pipeline-run", "One measured daemon run for bench pipeline.") { Hidden = true };
        command.Options.Add(articles);
        command.SetAction(async (parseResult, ct) =>
        {
            var expected = parseResult.GetValue(articles);
            var builder = NewsWatchHost.CreateBuilder(CommonOptions.ToConfigurationArgs(parseResult), daemon: true, parseResult.GetValue(CommonOptions.Config)?.FullName);
            using var host = builder.Build();
            await host.StartAsync(ct).ConfigureAwait(false);
            var result = await WatchAsync(host.Services.GetRequiredService<ArticleStore>(), expected, ct).ConfigureAwait(false);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(PipelineRunResult.Marker + JsonSerializer.Serialize(result)).ConfigureAwait(false);
            await host.StopAsync(ct).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static async Task<PipelineRunResult> WatchAsync(ArticleStore store, int expected, CancellationToken ct)
    {
        using var process = Process.GetCurrentProcess();
        var started = process.StartTime.ToUniversalTime();
        (DateTime At, int Finished, TimeSpan Cpu, long Allocated)? half = null;
        while (true)
        {
            var statuses = store.CountByStatus().ToDictionary(s => s.Status, s => s.Count);
            var finished = (int)FinalStatuses.Sum(s => statuses.GetValueOrDefault(s));
            var now = DateTime.UtcNow;
            if (half is null && finished * 2 >= expected)
                half = (now, finished, Environment.CpuUsage.TotalTime, GC.GetTotalAllocatedBytes());
            if (finished >= expected)
            {
                var cpu = Environment.CpuUsage.TotalTime;
                var allocated = GC.GetTotalAllocatedBytes();
                var h = half!.Value;
                process.Refresh();
                return new PipelineRunResult(
                    finished, statuses, (now - started).TotalSeconds, (now - h.At).TotalSeconds, finished - h.Finished,
                    cpu.TotalMilliseconds, (cpu - h.Cpu).TotalMilliseconds, allocated, allocated - h.Allocated,
                    process.PeakWorkingSet64, System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds,
                    GC.GetTotalPauseDuration().TotalMilliseconds, GC.CollectionCount(2));
            }
            await Task.Delay(ProbeInterval, ct).ConfigureAwait(false);
        }
    }
}

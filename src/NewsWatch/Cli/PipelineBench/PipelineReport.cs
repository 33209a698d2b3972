using System.Globalization;

namespace NewsWatch.Cli.PipelineBench;

/// <summary>Medians over the rounds of each variant and parallelism, printed beside the reference loop.</summary>
internal static class PipelineReport
{
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<BenchRun> runs)
    {
        await output.WriteLineAsync(Invariant($"reference loop (FNV-1a over {ReferenceLoop.Bytes / 1e6:F0} MB, one thread, timed between the daemon runs): median {Median(runs.ToList(), r => r.ReferenceMbPerSecond):F0} MB/s; /ref-GB/s = articles/s from start divided by the reference GB/s around that run")).ConfigureAwait(false);
        await output.WriteLineAsync("variant    parallel  rounds  articles/s(start)  /ref-GB/s  steady/s  CPU ms/art  steady CPU ms/art  alloc KB/art  steady KB/art  peak RSS MB  JIT ms  GC pause ms  statuses").ConfigureAwait(false);
        foreach (var group in runs.GroupBy(r => (r.Variant.Name, r.Parallel)))
        {
            var list = group.Select(g => g.Run).ToList();
            var fromStart = Median(list, r => r.ArticlesPerSecond);
            var normalised = Median(group.ToList(), r => r.Run.ArticlesPerSecond / (r.ReferenceMbPerSecond / 1e3));
            var statuses = string.Join(" ", list[0].Statuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value}"));
            await output.WriteLineAsync(Invariant(
                $"{group.Key.Name,-10} {group.Key.Parallel,8} {list.Count,7} {fromStart,18:F1} {normalised,10:F1} {Median(list, r => r.SteadyArticlesPerSecond),9:F1} {Median(list, r => r.CpuMsPerArticle),11:F1} {Median(list, r => r.SteadyCpuMsPerArticle),18:F1} {Median(list, r => r.AllocatedKbPerArticle),13:F0} {Median(list, r => r.SteadyAllocatedKbPerArticle),14:F0} {Median(list, r => r.PeakRssBytes / 1e6),12:F0} {Median(list, r => r.JitMs),7:F0} {Median(list, r => r.GcPauseMs),12:F0}  {statuses}")).ConfigureAwait(false);
        }
    }

    private static double Median<T>(List<T> values, Func<T, double> select)
    {
        var sorted = values.Select(select).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace NewsWatch.Cli.PipelineBench;

/// <summary>Medians over the rounds of each variant's idle memory, then its RSS by kind of mapping.</summary>
internal static class IdleReport
{
    public static async Task WriteAsync(TextWriter output, TimeSpan idle, IReadOnlyList<(BenchVariant Variant, ProcessMemory Memory)> runs)
    {
        await output.WriteLineAsync(Invariant($"idle daemon after {idle.TotalSeconds:F0} s, medians in MB (PSS counts pages shared with the other variants' daemons of the same round as shared)")).ConfigureAwait(false);
        await output.WriteLineAsync("variant      rounds      RSS      PSS      USS  anonymous  file-backed  shmem  threads").ConfigureAwait(false);
        var groups = runs.GroupBy(r => r.Variant.Name).ToList();
        foreach (var group in groups)
        {
            var list = group.Select(g => g.Memory).ToList();
            await output.WriteLineAsync(Invariant(
                $"{group.Key,-10} {list.Count,8} {Mb(list, m => m.RssKb),8:F1} {Mb(list, m => m.PssKb),8:F1} {Mb(list, m => m.UssKb),8:F1} {Mb(list, m => m.AnonymousKb),10:F1} {Mb(list, m => m.FileKb),12:F1} {Mb(list, m => m.ShmemKb),6:F1} {Median(list, m => m.Threads),8:F0}")).ConfigureAwait(false);
        }
        var kinds = runs.SelectMany(r => r.Memory.RssKbByKind.Keys).Distinct()
            .OrderByDescending(k => runs.Sum(r => r.Memory.RssKbByKind.GetValueOrDefault(k))).ToList();
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"RSS by kind of mapping, medians in MB {string.Concat(groups.Select(g => $" {g.Key,10}"))}").ConfigureAwait(false);
        foreach (var kind in kinds)
        {
            var figures = groups.Select(g => Invariant($" {Mb(g.Select(r => r.Memory).ToList(), m => m.RssKbByKind.GetValueOrDefault(kind)),10:F1}"));
            await output.WriteLineAsync($"  {kind,-45}{string.Concat(figures)}").ConfigureAwait(false);
        }
    }

    private static double Mb(List<ProcessMemory> values, Func<ProcessMemory, long> select) => Median(values, m => select(m)) / 1024.0;

    private static double Median(List<ProcessMemory> values, Func<ProcessMemory, double> select)
    {
        var sorted = values.Select(select).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.CommandLine;
using System.Globalization;
using NewsWatch.Cli.PipelineBench;
using NewsWatch.Storage;

namespace NewsWatch.Cli;

/// <summary>
/// <c>newswatch bench cluster --dir DIR --postgres CONNECTION [--nodes 1,2,3] [--pages N] [--parallel P] [--rounds R]</c>:
/// articles per second of a cluster of 1, 2 and 3 daemon processes on one PostgreSQL server. Serves the pages as
/// <c>bench pipeline</c> does; for every round and node count (interleaved) it creates a fresh database on the server,
/// starts that many real daemons on it together (Quartz clustered, the queue shared with SKIP LOCKED), waits until the
/// cluster has finished every page, and drops the database.
/// </summary>
public static class BenchClusterCommand
{
    public static Command Create()
    {
        var dir = new Option<DirectoryInfo>("--dir")
        {
            Description = "A folder of .html / .html.gz pages (searched recursively), e.g. ../shared/benchmarks/trafilatura-eval.",
            Required = true,
        }.AcceptExistingOnly();
        var postgres = new Option<string>("--postgres")
        {
            Description = "Connection string of a PostgreSQL server and a database to connect to while creating the run databases (e.g. Host=127.0.0.1;Username=postgres;Database=postgres).",
            Required = true,
        };
        var nodes = new Option<string>("--nodes") { Description = "Cluster sizes to measure, comma-separated.", DefaultValueFactory = _ => "1,2,3" };
        var pages = new Option<int?>("--pages") { Description = "How many pages to serve (default: every page in the folder; more repeats them)." };
        var parallel = new Option<int>("--parallel") { Description = "Pipeline:MaxParallelArticles of every node.", DefaultValueFactory = _ => 2 };
        var rounds = new Option<int>("--rounds") { Description = "Runs of each size; medians are printed.", DefaultValueFactory = _ => 1 };
        var timeout = new Option<TimeSpan>("--timeout") { Description = "Longest one cluster run may take.", DefaultValueFactory = _ => TimeSpan.FromMinutes(10) };
        var command = new Command("cluster", "Articles/s of 1, 2 and 3 daemons sharing one PostgreSQL database, on local pages.");
        foreach (var option in new Option[] { dir, postgres, nodes, pages, parallel, rounds, timeout }) command.Options.Add(option);
        command.SetAction(async (parseResult, ct) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var server = parseResult.GetValue(postgres)!;
            var sizes = parseResult.GetValue(nodes)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(n => int.Parse(n, NumberStyles.None, CultureInfo.InvariantCulture)).ToList();
            var level = parseResult.GetValue(parallel);

            var served = await BenchPages.LoadAsync(parseResult.GetValue(dir)!, parseResult.GetValue(pages), ct).ConfigureAwait(false);
            await using var site = await BenchSite.StartAsync(served, ct).ConfigureAwait(false);
            await output.WriteLineAsync(Invariant(
                $"{served.Count} pages ({served.Distinct} distinct files) at {site.FeedUrl}; {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}; {level} parallel articles per node")).ConfigureAwait(false);

            var runs = new List<(int Nodes, IReadOnlyList<PipelineRunResult> Results)>();
            for (var round = 0; round < parseResult.GetValue(rounds); round++)
            {
                foreach (var size in sizes)
                {
                    var database = await PostgresDatabases.CreateAsync(server, "newswatch_bench_", ct).ConfigureAwait(false);
                    try
                    {
                        var results = await DaemonRun.RunClusterAsync(site.FeedUrl, served.Count, level, size, database, parseResult.GetValue(timeout), error, ct).ConfigureAwait(false);
                        runs.Add((size, results));
                        await error.WriteLineAsync(Invariant($"round {round + 1}, {size} node(s): {Throughput(results):F1} articles/s from start, {Steady(results):F1} steady")).ConfigureAwait(false);
                    }
                    finally
                    {
                        await PostgresDatabases.DropAsync(server, database, CancellationToken.None).ConfigureAwait(false);
                    }
                }
            }

            await output.WriteLineAsync("nodes  rounds  articles/s(start)  steady/s  CPU ms/art (all nodes)  peak RSS MB/node  statuses").ConfigureAwait(false);
            foreach (var group in runs.GroupBy(r => r.Nodes))
            {
                var list = group.Select(g => g.Results).ToList();
                var statuses = string.Join(" ", list[0][0].Statuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value}"));
                await output.WriteLineAsync(Invariant(
                    $"{group.Key,5} {list.Count,7} {Median(list.Select(Throughput)),18:F1} {Median(list.Select(Steady)),9:F1} {Median(list.Select(r => r.Sum(n => n.CpuMs) / r[0].Articles)),23:F1} {Median(list.Select(r => r.Max(n => n.PeakRssBytes) / 1e6)),17:F0}  {statuses}")).ConfigureAwait(false);
            }
            return 0;
        });
        return command;
    }

    /// <summary>The cluster's articles/s from the start of its processes: the articles over the slowest node's time, since every node waits for the whole queue.</summary>
    private static double Throughput(IReadOnlyList<PipelineRunResult> nodes) => nodes[0].Articles / nodes.Max(n => n.SecondsFromStart);

    /// <summary>Every node counts the cluster's finished articles, so each node's second-half rate is the cluster's; their median.</summary>
    private static double Steady(IReadOnlyList<PipelineRunResult> nodes) => Median(nodes.Select(n => n.SteadyArticlesPerSecond));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

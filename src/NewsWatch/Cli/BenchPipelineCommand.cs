using System.CommandLine;
using System.Globalization;
using NewsWatch.Cli.PipelineBench;

namespace NewsWatch.Cli;

/// <summary>
/// <c>newswatch bench pipeline --dir DIR [--pages N] [--parallel 1,2,4] [--rounds R] [--variant NAME:KEY=VALUE,...]</c>:
/// end-to-end throughput of the daemon. Serves the pages of DIR and a feed listing them on 127.0.0.1, then, for every
/// round, variant and parallelism in turn (interleaved, so a machine whose speed drifts treats them alike), starts
/// the real daemon in a process of its own on a fresh temporary database and lets it poll, fetch, extract, tag and
/// find events until every page is finished. Prints medians of articles/s from process start and in steady state,
/// CPU and allocation per article, peak RSS, JIT and GC time, beside a reference loop timed between the runs.
/// With <c>--idle DURATION</c> instead of <c>--dir</c> it measures the memory of <c>newswatch run</c> left idle on its
/// default configuration (<see cref="IdleRun"/>).
/// </summary>
public static class BenchPipelineCommand
{
    public static IEnumerable<Command> Create()
    {
        var dir = new Option<DirectoryInfo>("--dir")
        {
            Description = "A folder of .html / .html.gz pages (searched recursively), e.g. ../shared/benchmarks/trafilatura-eval.",
        }.AcceptExistingOnly();
        var idle = new Option<TimeSpan?>("--idle")
        {
            Description = "Instead of pages: run `newswatch run` on its default configuration (or --config) with a temporary database, "
                + "one daemon per variant side by side, for this long (e.g. 00:05:00), then print its memory from /proc (RSS, PSS, USS, "
                + "anonymous, file-backed, shared) and RSS by kind of mapping, medians over --rounds. Linux only.",
        };
        var pages = new Option<int?>("--pages") { Description = "How many pages to serve (default: every page in the folder; more repeats them)." };
        var parallel = new Option<string>("--parallel")
        {
            Description = "Pipeline:MaxParallelArticles values to measure, comma-separated.",
            DefaultValueFactory = _ => "1,2,4",
        };
        var rounds = new Option<int>("--rounds") { Description = "Runs of each setting; medians are printed.", DefaultValueFactory = _ => 1 };
        var variants = new Option<string[]>("--variant")
        {
            Description = "NAME[@PROGRAM][:KEY=VALUE,...]: environment for the daemon (e.g. pgo-off:DOTNET_TieredPGO=0), or another build to run it (e.g. before@/tmp/old/newswatch.dll); repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        var timeout = new Option<TimeSpan>("--timeout") { Description = "Longest one daemon run may take.", DefaultValueFactory = _ => TimeSpan.FromMinutes(10) };
        var command = new Command("pipeline", "Articles/s, CPU, allocation and memory of the whole daemon on local pages, at 1, 2 and 4 parallel articles.");
        foreach (var option in new Option[] { dir, idle, pages, parallel, rounds, variants, timeout }) command.Options.Add(option);
        command.Validators.Add(result =>
        {
            if ((result.GetResult(dir) is null) == (result.GetResult(idle) is null)) result.AddError("give either --dir (throughput) or --idle (idle memory)");
        });
        command.SetAction(async (parseResult, ct) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (parseResult.GetValue(idle) is { } idleTime)
            {
                var idleVariants = parseResult.GetValue(variants) is { Length: > 0 } named ? named.Select(BenchVariant.Parse).ToList() : [BenchVariant.Default];
                return await MeasureIdleAsync(parseResult, idleVariants, idleTime, parseResult.GetValue(rounds), output, error, ct).ConfigureAwait(false);
            }
            var levels = parseResult.GetValue(parallel)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => int.Parse(p, NumberStyles.None, CultureInfo.InvariantCulture)).ToList();
            var variantList = parseResult.GetValue(variants) is { Length: > 0 } given ? given.Select(BenchVariant.Parse).ToList() : [BenchVariant.Default];

            var served = await BenchPages.LoadAsync(parseResult.GetValue(dir)!, parseResult.GetValue(pages), ct).ConfigureAwait(false);
            await using var site = await BenchSite.StartAsync(served, ct).ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{served.Count} pages ({served.Distinct} distinct files) at {site.FeedUrl}; {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}")).ConfigureAwait(false);

            var reference = new ReferenceLoop();
            var before = reference.MegabytesPerSecond(5);
            var runs = new List<BenchRun>();
            for (var round = 0; round < parseResult.GetValue(rounds); round++)
            {
                foreach (var variant in variantList)
                {
                    foreach (var level in levels)
                    {
                        var run = await DaemonRun.RunAsync(site.FeedUrl, served.Count, level, variant, parseResult.GetValue(timeout), error, ct).ConfigureAwait(false);
                        var after = reference.MegabytesPerSecond(5);
                        // Each run is set beside the machine's speed just before and just after it.
                        runs.Add(new BenchRun(variant, level, run, (before + after) / 2));
                        before = after;
                        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                            $"round {round + 1} {variant.Name} parallel {level}: {run.ArticlesPerSecond:F1} articles/s from start, {run.SteadyArticlesPerSecond:F1} steady, {run.CpuMsPerArticle:F1} CPU ms/article, reference {after:F0} MB/s")).ConfigureAwait(false);
                    }
                }
            }
            await PipelineReport.WriteAsync(output, runs).ConfigureAwait(false);
            return 0;
        });
        return [command, PipelineRunCommand.Create()];
    }

    private static async Task<int> MeasureIdleAsync(ParseResult parseResult, List<BenchVariant> variants, TimeSpan idle, int rounds, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (!OperatingSystem.IsLinux())
        {
            await error.WriteLineAsync("bench pipeline --idle reads /proc and runs on Linux only").ConfigureAwait(false);
            return 1;
        }
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{variants.Count} daemon(s) side by side, {rounds} round(s) of {idle.TotalSeconds:F0} s; {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}")).ConfigureAwait(false);
        var runs = new List<(BenchVariant, ProcessMemory)>();
        for (var round = 0; round < rounds; round++)
        {
            var measured = await IdleRun.RunAsync(variants, idle, parseResult.GetValue(CommonOptions.Config), error, ct).ConfigureAwait(false);
            foreach (var (variant, memory) in measured)
                await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"round {round + 1} {variant.Name}: RSS {memory.RssKb / 1024.0:F1} MB, anonymous {memory.AnonymousKb / 1024.0:F1} MB, {memory.Threads} threads")).ConfigureAwait(false);
            runs.AddRange(measured);
        }
        await IdleReport.WriteAsync(output, idle, runs).ConfigureAwait(false);
        return 0;
    }
}

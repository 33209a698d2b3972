using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NewsWatch.Cli.PipelineBench;
using NewsWatch.Storage;

namespace NewsWatch.Cli;

/// <summary>
/// <c>newswatch bench polls [--feeds 10000] [--interval 00:00:01] [--postgres CONNECTION --nodes 1,2,3]</c>: how many feed
/// polls per second the scheduler sustains. Serves that many small feeds on 127.0.0.1 (each answers 304 to its own
/// ETag, as most polls of a real feed do), starts real daemons on a fresh database with an interval far shorter than
/// they can keep up with, waits until every feed has had its first poll (the first polls are spread over up to a
/// minute), and counts the polls the server sees in the measured window.
/// </summary>
public static class BenchPollsCommand
{
    public static Command Create()
    {
        var feeds = new Option<int>("--feeds") { Description = "How many feeds to serve and configure.", DefaultValueFactory = _ => 10_000 };
        var interval = new Option<TimeSpan>("--interval") { Description = "Feeds:DefaultPollInterval: shorter than the daemons can keep up with, so the count is their capacity.", DefaultValueFactory = _ => TimeSpan.FromSeconds(1) };
        var seconds = new Option<int>("--seconds") { Description = "Length of the measured window.", DefaultValueFactory = _ => 30 };
        var warmup = new Option<TimeSpan>("--warmup")
        {
            Description = "The window starts once every feed has been polled, or after this long if that comes first: past its capacity a scheduler polls as fast as it can either way.",
            DefaultValueFactory = _ => TimeSpan.FromMinutes(3),
        };
        var postgres = new Option<string?>("--postgres") { Description = "A PostgreSQL server's connection string: measure clusters on it (a fresh database per run) instead of one daemon on SQLite." };
        var nodes = new Option<string>("--nodes") { Description = "With --postgres: cluster sizes to measure, comma-separated.", DefaultValueFactory = _ => "1" };
        var command = new Command("polls", "Feed polls per second the scheduler sustains with 10,000 feeds (SQLite, or clusters on PostgreSQL).");
        foreach (var option in new Option[] { feeds, interval, seconds, warmup, postgres, nodes }) command.Options.Add(option);
        command.SetAction(async (parseResult, ct) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var count = parseResult.GetValue(feeds);
            var server = parseResult.GetValue(postgres);
            var sizes = server is null ? [1] : parseResult.GetValue(nodes)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(n => int.Parse(n, NumberStyles.None, CultureInfo.InvariantCulture)).ToList();
            await using var site = await FeedSite.StartAsync(count, ct).ConfigureAwait(false);
            await output.WriteLineAsync(Invariant($"{count} feeds at {site.BaseUri}; interval {parseResult.GetValue(interval)}; {Environment.ProcessorCount} cores")).ConfigureAwait(false);
            await output.WriteLineAsync("storage     nodes  polls/s  window from s  feeds polled by then").ConfigureAwait(false);
            foreach (var size in sizes)
            {
                var database = server is null ? null : await PostgresDatabases.CreateAsync(server, "newswatch_bench_", ct).ConfigureAwait(false);
                try
                {
                    var (rate, from, polled) = await MeasureAsync(site, count, parseResult.GetValue(interval), size, database,
                        parseResult.GetValue(warmup), parseResult.GetValue(seconds), ct).ConfigureAwait(false);
                    await output.WriteLineAsync(Invariant($"{(database is null ? "sqlite" : "postgres"),-10} {size,6} {rate,8:F0} {from,14:F0} {polled,20}")).ConfigureAwait(false);
                }
                finally
                {
                    if (server is not null && database is not null) await PostgresDatabases.DropAsync(server, database, CancellationToken.None).ConfigureAwait(false);
                }
            }
            return 0;
        });
        return command;
    }

    private static async Task<(double PollsPerSecond, double WindowFrom, int FeedsPolled)> MeasureAsync(
        FeedSite site, int count, TimeSpan interval, int nodes, string? postgres, TimeSpan warmup, int seconds, CancellationToken ct)
    {
        var dir = Path.Combine(Path.GetTempPath(), "newswatch-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var config = Path.Combine(dir, "newswatch.bench.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["Logging"] = new { LogLevel = new Dictionary<string, string> { ["Default"] = "Warning" } },
            ["Storage"] = postgres is null ? (object)new { Path = Path.Combine(dir, "newswatch.db") } : new { Provider = "postgres", ConnectionString = postgres },
            ["Http"] = new { AllowedHosts = new[] { "127.0.0.1" } },
            ["Feeds"] = new
            {
                DefaultPollInterval = interval,
                Sources = Enumerable.Range(0, count).Select(n => new { Name = $"bench {n}", Url = site.FeedUrl(n).AbsoluteUri }).ToArray(),
            },
            ["Scheduling"] = postgres is null ? (object)new { } : new { ClusterCheckinInterval = TimeSpan.FromSeconds(5) },
        }), ct).ConfigureAwait(false);
        site.Reset();
        var processes = new List<Process>();
        var started = Stopwatch.StartNew();
        try
        {
            for (var i = 0; i < nodes; i++)
            {
                var info = DaemonRun.StartInfo(dir, ["run", "--config", config], BenchVariant.Default);
                info.RedirectStandardOutput = false;
                info.RedirectStandardError = false;
                processes.Add(Process.Start(info) ?? throw new InvalidOperationException("could not start a daemon"));
            }
            // Every feed polled once: the first polls, spread over up to a minute, are behind; what follows is steady.
            while (site.FeedsPolled < count && started.Elapsed < warmup)
            {
                if (processes.Any(p => p.HasExited)) throw new InvalidOperationException("a daemon exited during the run");
                await Task.Delay(200, ct).ConfigureAwait(false);
            }
            var from = started.Elapsed.TotalSeconds;
            var polled = site.FeedsPolled;
            var before = site.Polls;
            var window = Stopwatch.StartNew();
            await Task.Delay(TimeSpan.FromSeconds(seconds), ct).ConfigureAwait(false);
            var polls = site.Polls - before;
            return (polls / window.Elapsed.TotalSeconds, from, polled);
        }
        finally
        {
            foreach (var process in processes)
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                process.Dispose();
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Feeds <c>/feeds/{n}.xml</c> without items (so no article work competes with the polls), with an ETag they answer
    /// 304 to; counts every poll.
    /// </summary>
    private sealed class FeedSite : IAsyncDisposable
    {
        private const string ETag = "\"bench-1\"";
        private readonly WebApplication _app;
        private readonly int[] _polled;
        private long _polls;
        private int _feedsPolled;

        private FeedSite(WebApplication app, Uri baseUri, int count)
        {
            _app = app;
            BaseUri = baseUri;
            _polled = new int[count];
        }

        public Uri BaseUri { get; }
        public long Polls => Interlocked.Read(ref _polls);
        public int FeedsPolled => Volatile.Read(ref _feedsPolled);

        public Uri FeedUrl(int n) => new(BaseUri, string.Create(CultureInfo.InvariantCulture, $"feeds/{n}.xml"));

        public void Reset()
        {
            Array.Clear(_polled);
            Interlocked.Exchange(ref _polls, 0);
            Volatile.Write(ref _feedsPolled, 0);
        }

        public static async Task<FeedSite> StartAsync(int count, CancellationToken ct)
        {
            FeedSite? site = null;
            var (app, address) = await LocalKestrel.StartAsync(context => site!.HandleAsync(context), ct).ConfigureAwait(false);
            site = new FeedSite(app, address, count);
            return site;
        }

        private async Task HandleAsync(HttpContext context)
        {
            var path = context.Request.Path.Value ?? "";
            if (!path.StartsWith("/feeds/", StringComparison.Ordinal) || !path.EndsWith(".xml", StringComparison.Ordinal)
                || !int.TryParse(path.AsSpan(7, path.Length - 11), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n >= _polled.Length)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            Interlocked.Increment(ref _polls);
            if (Interlocked.Exchange(ref _polled[n], 1) == 0) Interlocked.Increment(ref _feedsPolled);
            context.Response.Headers.ETag = ETag;
            if (context.Request.Headers.IfNoneMatch == ETag)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            context.Response.ContentType = "application/rss+xml; charset=utf-8";
            var body = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
                $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>bench {n}</title><link>{BaseUri}</link><description>no items</description></channel></rss>"));
            await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }
}

using System.Text.Json;

namespace NewsWatch.Cli.PipelineBench;

/// <summary>
/// The whole configuration of one benchmark daemon, written to a file it gets with <c>--config</c> (so none of the
/// configured real feeds is polled). 127.0.0.1 is let through the private-address guard by <c>Http:AllowedHosts</c>,
/// the same allow-list the daemon tests use; the guard itself stays on.
/// </summary>
internal static class BenchDaemonConfig
{
    /// <summary>
    /// The configuration file; with <paramref name="postgres"/> (a database's connection string) the daemon is a
    /// cluster node on it, checking in every second and draining the queue every second, since only the node that
    /// polled the feed is woken by it.
    /// </summary>
    public static string Write(string directory, Uri feed, int articles, int parallel, string? postgres = null)
    {
        var config = new Dictionary<string, object>
        {
            ["Logging"] = new { LogLevel = new Dictionary<string, string> { ["Default"] = "Warning" } },
            ["Storage"] = postgres is null
                ? (object)new { Path = Path.Combine(directory, "newswatch.db") }
                : new { Provider = "postgres", ConnectionString = postgres },
            // One host serves every page, so the per-host limit follows the parallelism under test instead of capping it.
            ["Http"] = new { AllowedHosts = new[] { "127.0.0.1" }, PerHostConcurrency = Math.Max(2, parallel) },
            ["Feeds"] = new
            {
                DefaultPollInterval = "01:00:00",
                MaxItemsPerPoll = Math.Max(articles, 1),
                Sources = new[] { new { Name = "bench", Url = feed.AbsoluteUri } },
            },
            // A page without article text fails for good at once: a retry minutes later would only stall the run.
            ["Pipeline"] = postgres is null
                ? (object)new { MaxParallelArticles = parallel, MaxAttempts = 1 }
                : new { MaxParallelArticles = parallel, MaxAttempts = 1, ProcessInterval = TimeSpan.FromSeconds(1) },
        };
        if (postgres is not null) config["Scheduling"] = new { ClusterCheckinInterval = TimeSpan.FromSeconds(1) };
        var path = Path.Combine(directory, "newswatch.bench.json");
        File.WriteAllText(path, JsonSerializer.Serialize(config));
        return path;
    }
}

using System.Text.Json;

namespace NewsWatch.Tests.Support;

/// <summary>
/// Writes a complete configuration file for a daemon under test: its own SQLite file, only the
/// given local feeds, 127.0.0.1 allowed, and short intervals so tests finish in seconds.
/// </summary>
public static class DaemonConfig
{
    public static string Write(string directory, IEnumerable<(string Name, Uri Url)> feeds, IReadOnlyDictionary<string, object>? sections = null)
    {
        var config = new Dictionary<string, object?>
        {
            ["Logging"] = new { LogLevel = new Dictionary<string, string> { ["Default"] = "Information", ["Microsoft"] = "Warning", ["Quartz"] = "Warning", ["System.Net.Http.HttpClient"] = "Warning" } },
            ["Storage"] = new { Path = Path.Combine(directory, "newswatch.db") },
            ["Http"] = new { AllowedHosts = new[] { "127.0.0.1" }, ConnectTimeout = "00:00:05", RequestTimeout = "00:00:10" },
            ["Feeds"] = new
            {
                DefaultPollInterval = "00:00:05",
                Jitter = 0.0,
                RetryBaseDelay = "00:00:01",
                Sources = feeds.Select(f => new { f.Name, Url = f.Url.AbsoluteUri }).ToArray(),
            },
            ["Pipeline"] = new { ProcessInterval = "00:00:01", RetryBaseDelay = "00:00:01", Lease = "00:00:30" },
            ["Scheduling"] = new { HeartbeatInterval = "00:00:01" },
        };
        foreach (var (name, section) in sections ?? new Dictionary<string, object>()) config[name] = section;
        var path = Path.Combine(directory, "newswatch.test.json");
        File.WriteAllText(path, JsonSerializer.Serialize(config, new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }

    /// <summary>The <c>Storage</c> section of a daemon on a fresh database of the test run's PostgreSQL server.</summary>
    public static async Task<object> PostgresStorageAsync(PostgresServer server) =>
        new { Provider = "postgres", ConnectionString = await server.CreateDatabaseAsync() };

    public static async Task<T> WaitForAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await probe();
            if (done(value) || DateTime.UtcNow > deadline) return value;
            await Task.Delay(100);
        }
    }
}

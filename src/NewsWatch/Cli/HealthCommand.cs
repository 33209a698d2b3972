using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsWatch.Scheduling;
using NewsWatch.Storage;

namespace NewsWatch.Cli;

/// <summary><c>newswatch health</c>: exit 0 when the database answers and the scheduler's heartbeat is recent (the container HEALTHCHECK).</summary>
public static class HealthCommand
{
    /// <summary>What is wrong although the scheduler runs: every feed failing, alerts or articles due for too long.</summary>
    public static IReadOnlyList<string> Problems(HealthFacts facts)
    {
        var problems = new List<string>();
        var stuck = (int)HealthStore.StuckAfter.TotalMinutes;
        if (facts.Feeds > 0 && facts.FailingFeeds == facts.Feeds) problems.Add($"all {facts.Feeds} feed(s) are failing");
        if (facts.OverdueAlerts > 0) problems.Add($"{facts.OverdueAlerts} alert(s) due for over {stuck} min and not sent");
        if (facts.StuckArticles > 0) problems.Add($"{facts.StuckArticles} article(s) due for over {stuck} min and not processed");
        return problems;
    }

    public static Command Create()
    {
        var command = new Command("health", "Check the database is reachable and the daemon's scheduler heartbeat is recent; exit code 0 when healthy.");
        command.SetAction(async (parseResult, ct) =>
        {
            try
            {
                // Built without migrating: health must never create or change a database.
                using var host = VerbHost.Build(parseResult);
                var services = host.Services;
                var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
                var path = Path.GetFullPath(storage.Path);
                if (storage.ParsedProvider == StorageProvider.Sqlite && !File.Exists(path))
                {
                    Console.WriteLine($"unhealthy: no database at {path} (the daemon has not run with this configuration)");
                    return 1;
                }
                await services.GetRequiredService<Database>().CheckAsync(ct);
                var state = services.GetRequiredService<DaemonStateStore>();
                var (_, updatedAt) = await state.GetAsync(state.HeartbeatKey, ct);
                var maxAge = services.GetRequiredService<IOptions<SchedulingOptions>>().Value.HeartbeatMaxAge;
                var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
                if (updatedAt is null)
                {
                    Console.WriteLine("unhealthy: database ok, no scheduler heartbeat yet");
                    return 1;
                }
                var age = now - updatedAt.Value;
                if (age > maxAge)
                {
                    Console.WriteLine($"unhealthy: database ok, scheduler heartbeat {age.TotalSeconds:F0} s old (limit {maxAge.TotalSeconds:F0} s)");
                    return 1;
                }
                var facts = await services.GetRequiredService<HealthStore>().ReadAsync(now, ct);
                var problems = Problems(facts);
                if (problems.Count > 0)
                {
                    Console.WriteLine($"degraded: scheduler heartbeat {age.TotalSeconds:F0} s old, but {string.Join("; ", problems)}");
                    return 1;
                }
                Console.WriteLine($"healthy: database ok, scheduler heartbeat {age.TotalSeconds:F0} s old, {facts.Feeds - facts.FailingFeeds} of {facts.Feeds} feed(s) polling fine");
                return 0;
            }
            catch (Exception ex)
            {
                Console.WriteLine($"unhealthy: {ex.GetType().Name}: {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}

using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsWatch.Scheduling;
using NewsWatch.Storage;

namespace NewsWatch.Cli;

/// <summary><c>newswatch health</c>: exit 0 when the database answers and the scheduler's heartbeat is recent (the container HEALTHCHECK).</summary>
public static class HealthCommand
{
    public static Command Create()
    {
        var command = new Command("health", "Check the database is reachable and the daemon's scheduler heartbeat is recent; exit code 0 when healthy.");
        command.SetAction(async (parseResult, ct) =>
        {
            try
            {
                using var host = await VerbHost.StartAsync(parseResult, ct);
                var services = host.Services;
                await services.GetRequiredService<Database>().CheckAsync(ct);
                var (_, updatedAt) = await services.GetRequiredService<DaemonStateStore>().GetAsync(DaemonStateStore.SchedulerHeartbeat, ct);
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
                Console.WriteLine($"healthy: database ok, scheduler heartbeat {age.TotalSeconds:F0} s old");
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

using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsWatch.Hosting;

namespace NewsWatch.Cli;

/// <summary><c>newswatch run</c>: the long-lived daemon.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run", "Run the daemon: poll feeds on schedule, fetch and process articles, send alerts. Stops on SIGTERM/Ctrl+C.");
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parseResult, ct) => RunDaemonAsync(parseResult.UnmatchedTokens.ToArray(), ct));
        return command;
    }

    public static async Task<int> RunDaemonAsync(string[] configArgs, CancellationToken ct)
    {
        var builder = NewsWatchHost.CreateBuilder(configArgs, daemon: true);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        using var host = builder.Build();
        await host.RunAsync(ct).ConfigureAwait(false);
        return 0;
    }
}

using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace NewsWatch.Cli;

/// <summary><c>newswatch run</c> (also what <c>newswatch</c> alone does): the long-lived daemon.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run", "Run the daemon: poll feeds on schedule, fetch and process articles, send alerts. Stops cleanly on SIGTERM/Ctrl+C.");
        command.SetAction((parseResult, ct) => RunDaemonAsync(parseResult, ct));
        return command;
    }

    /// <summary>How long the daemon may take to finish or safely abandon in-flight work after SIGTERM.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);

    public static async Task<int> RunDaemonAsync(ParseResult parseResult, CancellationToken ct)
    {
        var builder = VerbHost.CreateBuilder(parseResult, daemon: true);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        using var host = builder.Build();
        await host.RunAsync(ct).ConfigureAwait(false);
        return 0;
    }
}

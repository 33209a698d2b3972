using System.CommandLine;

namespace NewsWatch.Cli;

/// <summary>The <c>newswatch</c> command line. With no verb it runs the daemon.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("NewsWatch: a news-monitoring daemon for defence and security aid announcements.");
        root.Options.Add(CommonOptions.Database);
        root.Options.Add(CommonOptions.Config);
        root.SetAction((parseResult, ct) => RunCommand.RunDaemonAsync(parseResult, ct));
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(FeedsCommand.Create());
        root.Subcommands.Add(HealthCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(AlertsCommand.Create());
        root.Subcommands.Add(TrainEventsCommand.Create());
        root.Subcommands.Add(TrainRolesCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(TrainClustersCommand.Create());
        root.Subcommands.Add(EvaluateCommand.Create());
        root.Subcommands.Add(TagCommand.Create());
        try
        {
            return await root.Parse(args).InvokeAsync(CreateInvocation()).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var inner = ex;
            while (inner is System.Reflection.TargetInvocationException or AggregateException && inner.InnerException is { } wrapped) inner = wrapped;
            if (ConfigurationError.Describe(inner) is { } problem)
            {
                await Console.Error.WriteLineAsync($"configuration error: {problem}").ConfigureAwait(false);
                return ConfigurationError.ExitCode;
            }
            // A missing or malformed model or file is the user's to fix: one line. Anything else is a bug: the whole trace.
            await Console.Error.WriteLineAsync(inner is FileNotFoundException or DirectoryNotFoundException or InvalidDataException ? $"error: {inner.Message}" : $"error: {ex}").ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>
    /// On SIGTERM or Ctrl+C the command line cancels the running verb and waits this long before it gives up
    /// and exits 143 itself. Its own default (2 s) cut the daemon's orderly shutdown short under load, so
    /// <c>docker stop</c> saw 143; it must outwait <see cref="RunCommand.ShutdownTimeout"/>.
    /// </summary>
    public static InvocationConfiguration CreateInvocation() =>
        new() { ProcessTerminationTimeout = RunCommand.ShutdownTimeout + TimeSpan.FromSeconds(5), EnableDefaultExceptionHandler = false };
}

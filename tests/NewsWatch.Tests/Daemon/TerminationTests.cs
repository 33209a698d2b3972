using NewsWatch.Cli;
using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Daemon;

public sealed class TerminationTests : SiteAndFolder
{
    [Fact]
    public void The_command_line_waits_longer_than_the_daemon_takes_to_shut_down() =>
        Assert.True(CliApp.CreateInvocation().ProcessTerminationTimeout > RunCommand.ShutdownTimeout);

    [Fact]
    public void SIGTERM_stops_the_daemon_with_exit_code_0()
    {
        using var daemon = DaemonProcess.Start(DaemonConfig.Write(Dir, []), "run");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!daemon.Output.Contains("NewsWatch starting", StringComparison.Ordinal) && !daemon.HasExited && DateTime.UtcNow < deadline)
            Thread.Sleep(100);
        Assert.True(daemon.Terminate(TimeSpan.FromSeconds(45)), daemon.Output);
        Assert.Equal(0, daemon.ExitCode);
    }
}

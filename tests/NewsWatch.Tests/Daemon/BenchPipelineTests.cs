using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Daemon;

/// <summary>
/// <c>bench pipeline</c> on four pages written for it (Fixtures/Pipeline): every page goes through the real daemon
/// at each parallelism and the figures are printed. No speed is asserted: that belongs to the benchmark's reader.
/// </summary>
public sealed class BenchPipelineTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "newswatch-tests", Guid.NewGuid().ToString("N"));

    public BenchPipelineTests() => Directory.CreateDirectory(_dir);

    [Fact]
    public void Every_page_goes_through_the_daemon_at_each_parallelism_and_the_figures_are_printed()
    {
        var pages = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Pipeline");
        using var bench = DaemonProcess.StartIn(_dir, "bench", "pipeline", "--dir", pages, "--parallel", "1,2,4");

        Assert.True(bench.WaitForExit(TimeSpan.FromMinutes(2)), bench.Output);
        Assert.True(bench.ExitCode == 0, bench.Output);
        var output = bench.Output;
        Assert.Contains("4 pages (4 distinct files)", output);
        Assert.Matches(@"reference loop .*median \d+ MB/s", output);
        foreach (var parallel in new[] { 1, 2, 4 })
            // variant, parallel, rounds, ten figures, then every article finished (none failed on these pages).
            Assert.Matches($@"(?m)^default +{parallel} +1( +[0-9.]+){{10}} +done=4\s*$", output);
    }

    [Fact]
    public void A_variant_can_run_another_build_of_the_program()
    {
        var pages = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Pipeline");
        // The same build under another name stands in for an older one: what matters is that its process is the daemon.
        using var bench = DaemonProcess.StartIn(_dir, "bench", "pipeline", "--dir", pages, "--parallel", "1",
            "--variant", "this", "--variant", $"other@{DaemonProcess.NewsWatchDll()}:DOTNET_TieredPGO=0");

        Assert.True(bench.WaitForExit(TimeSpan.FromMinutes(2)), bench.Output);
        Assert.True(bench.ExitCode == 0, bench.Output);
        Assert.Matches(@"(?m)^this +1 +1( +[0-9.]+){10} +done=4\s*$", bench.Output);
        Assert.Matches(@"(?m)^other +1 +1( +[0-9.]+){10} +done=4\s*$", bench.Output);
    }

    [Fact]
    public void Idle_prints_the_memory_of_the_daemon_left_alone()
    {
        if (!OperatingSystem.IsLinux()) return; // it reads /proc
        var config = Path.Combine(_dir, "idle.json");
        File.WriteAllText(config, """{ "Feeds": { "Sources": [ { "Name": "Nowhere", "Url": "http://127.0.0.1:9/feed.xml" } ] } }""");
        using var bench = DaemonProcess.StartIn(_dir, "bench", "pipeline", "--idle", "00:00:03", "--config", config, "--variant", "a", "--variant", "b:DOTNET_TieredPGO=0");

        Assert.True(bench.WaitForExit(TimeSpan.FromMinutes(1)), bench.Output);
        Assert.True(bench.ExitCode == 0, bench.Output);
        // variant, rounds, RSS, PSS, USS, anonymous, file-backed, shmem, threads.
        Assert.Matches(@"(?m)^a +1( +[0-9.]+){7}\s*$", bench.Output);
        Assert.Matches(@"(?m)^b +1( +[0-9.]+){7}\s*$", bench.Output);
        Assert.Matches(@"(?m)^  \.NET runtime assemblies +[0-9.]+ +[0-9.]+\s*$", bench.Output);
    }

    [Fact]
    public void Either_pages_or_idle()
    {
        using var bench = DaemonProcess.StartIn(_dir, "bench", "pipeline");
        Assert.True(bench.WaitForExit(TimeSpan.FromMinutes(1)), bench.Output);
        Assert.NotEqual(0, bench.ExitCode);
        Assert.Contains("give either --dir (throughput) or --idle (idle memory)", bench.Output);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}

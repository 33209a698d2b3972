using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace NewsWatch.Cli.PipelineBench;

/// <summary>Starts this same program as <c>bench pipeline-run</c> in a process of its own and reads back its result line.</summary>
internal static class DaemonRun
{
    public static async Task<PipelineRunResult> RunAsync(Uri feed, int articles, int parallel, BenchVariant variant, TimeSpan timeout, TextWriter log, CancellationToken ct)
    {
        var dir = Path.Combine(Path.GetTempPath(), "newswatch-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var config = BenchDaemonConfig.Write(dir, feed, articles, parallel);
            using var process = Process.Start(StartInfo(dir, config, articles, variant)) ?? throw new InvalidOperationException("could not start the daemon process");
            return await ReadResultAsync(process, articles, timeout, log, ct).ConfigureAwait(false);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>
    /// <paramref name="nodes"/> daemon processes started together as a cluster on the PostgreSQL database
    /// <paramref name="postgres"/>; each stops once the cluster has finished every article and reports on itself.
    /// </summary>
    public static async Task<IReadOnlyList<PipelineRunResult>> RunClusterAsync(Uri feed, int articles, int parallel, int nodes, string postgres,
        TimeSpan timeout, TextWriter log, CancellationToken ct)
    {
        var dir = Path.Combine(Path.GetTempPath(), "newswatch-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var processes = new List<Process>();
        try
        {
            var config = BenchDaemonConfig.Write(dir, feed, articles, parallel, postgres);
            for (var i = 0; i < nodes; i++)
                processes.Add(Process.Start(StartInfo(dir, config, articles, BenchVariant.Default)) ?? throw new InvalidOperationException("could not start a daemon process"));
            return await Task.WhenAll(processes.Select(p => ReadResultAsync(p, articles, timeout, log, ct))).ConfigureAwait(false);
        }
        finally
        {
            foreach (var process in processes)
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
                process.Dispose();
            }
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<PipelineRunResult> ReadResultAsync(Process process, int articles, TimeSpan timeout, TextWriter log, CancellationToken ct)
    {
        var stderr = process.StandardError.ReadToEndAsync(ct);
        PipelineRunResult? result = null;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        try
        {
            while (await process.StandardOutput.ReadLineAsync(deadline.Token).ConfigureAwait(false) is { } line)
            {
                if (line.StartsWith(PipelineRunResult.Marker, StringComparison.Ordinal))
                    result = JsonSerializer.Deserialize<PipelineRunResult>(line.AsSpan(PipelineRunResult.Marker.Length));
                else
                    await log.WriteLineAsync(line).ConfigureAwait(false);
            }
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (ct.IsCancellationRequested) throw;
            throw new TimeoutException(string.Create(CultureInfo.InvariantCulture,
                $"the daemon did not finish {articles} articles within {timeout.TotalSeconds:F0} s (--timeout)"));
        }
        var errors = await stderr.ConfigureAwait(false);
        if (errors.Length > 0) await log.WriteAsync(errors).ConfigureAwait(false);
        return result ?? throw new InvalidOperationException($"the daemon process exited with code {process.ExitCode} without a result");
    }

    private static ProcessStartInfo StartInfo(string dir, string config, int articles, BenchVariant variant) =>
        StartInfo(dir, ["bench", "pipeline-run", "--articles", articles.ToString(CultureInfo.InvariantCulture), "--config", config], variant);

    /// <summary>This program with <paramref name="args"/> in <paramref name="dir"/>, configured only by its own files (see below).</summary>
    public static ProcessStartInfo StartInfo(string dir, IEnumerable<string> args, BenchVariant variant)
    {
        // `dotnet newswatch.dll` or the apphost `newswatch`: the same program that is running now, unless the variant names another build.
        var self = Environment.ProcessPath ?? "dotnet";
        var dll = typeof(DaemonRun).Assembly.Location;
        if (variant.Program is { } other)
        {
            var isDll = other.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
            self = isDll ? "dotnet" : other;
            dll = isDll ? other : "";
        }
        var info = new ProcessStartInfo(self)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dir,
        };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") info.ArgumentList.Add(dll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        // The configuration file (the benchmark's own, or appsettings.json for --idle) is the whole configuration: no
        // configuration variable of the caller's (NEWSWATCH_Section__Key or Section__Key) may add feeds to it. A variant
        // may set them again.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith(Hosting.NewsWatchHost.EnvironmentPrefix, StringComparison.OrdinalIgnoreCase)
                     || k.Contains("__", StringComparison.Ordinal)).ToList())
            info.Environment.Remove(key);
        foreach (var (key, value) in variant.Environment) info.Environment[key] = value;
        return info;
    }
}

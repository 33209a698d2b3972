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
            using var process = Process.Start(StartInfo(dir, variant, "bench", "pipeline-run", "--articles", articles.ToString(CultureInfo.InvariantCulture), "--config", config)) ?? throw new InvalidOperationException("could not start the daemon process");
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
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>This program (or the variant's build) with <paramref name="args"/>, in <paramref name="dir"/>, with the variant's environment.</summary>
    public static ProcessStartInfo StartInfo(string dir, BenchVariant variant, params string[] args)
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

using System.Diagnostics;

namespace NewsWatch.Cli.PipelineBench;

/// <summary>
/// <c>bench pipeline --idle</c>: <c>newswatch run</c> itself (the daemon verb, not the bench's own host) on its
/// default configuration, or the <c>--config</c> given, with a database of its own in a temporary folder, left
/// alone for the idle time and then measured from outside through /proc.
/// </summary>
internal static class IdleRun
{
    /// <summary>Starts one daemon per variant side by side, waits <paramref name="idle"/>, and measures each.</summary>
    public static async Task<IReadOnlyList<(BenchVariant Variant, ProcessMemory Memory)>> RunAsync(
        IReadOnlyList<BenchVariant> variants, TimeSpan idle, FileInfo? config, TextWriter log, CancellationToken ct)
    {
        var started = new List<(BenchVariant Variant, Process Process, string Dir, Task Drained)>();
        try
        {
            foreach (var variant in variants)
            {
                var dir = Path.Combine(Path.GetTempPath(), "newswatch-bench", Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(dir);
                string[] args = config is null
                    ? ["run", "--db", Path.Combine(dir, "newswatch.db")]
                    : ["run", "--db", Path.Combine(dir, "newswatch.db"), "--config", config.FullName];
                var process = Process.Start(DaemonRun.StartInfo(dir, args, variant)) ?? throw new InvalidOperationException("could not start the daemon process");
                // The daemon's log is read and dropped, so a full pipe never blocks it; a daemon that stops early is an error below.
                var drained = Task.WhenAll(process.StandardOutput.ReadToEndAsync(ct), process.StandardError.ReadToEndAsync(ct));
                started.Add((variant, process, dir, drained));
            }
            await Task.Delay(idle, ct).ConfigureAwait(false);
            var measured = new List<(BenchVariant, ProcessMemory)>();
            foreach (var (variant, process, _, _) in started)
            {
                if (process.HasExited) throw new InvalidOperationException($"the daemon of variant {variant.Name} exited with code {process.ExitCode} before it was measured");
                measured.Add((variant, ProcessMemory.Read(process.Id)));
            }
            return measured;
        }
        finally
        {
            foreach (var (_, process, dir, drained) in started)
            {
                try
                {
                    if (!process.HasExited) process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                    await drained.ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException)
                {
                    await log.WriteLineAsync($"daemon {process.Id}: {ex.Message}").ConfigureAwait(false);
                }
                process.Dispose();
                try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
            }
        }
    }
}

using System.Runtime.InteropServices;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NewsWatch.Hosting;

/// <summary>
/// Gives memory back to the operating system once a minute while the daemon is idle: glibc's <c>malloc_trim</c>,
/// and a compacting garbage collection that decommits what it frees when there is garbage enough to bother.
/// Start-up alone allocates 11-13 MB and an idle daemon about 0.5 MB a minute, so no collection came in the
/// first 5 minutes and that start-up garbage stayed resident; and glibc kept the native memory that the JIT,
/// the runtime and the resolver threads of the failing polls freed in its arenas (a single trim after start-up
/// did not help: it grew back with the next polls). While articles are being processed nothing is done here:
/// the collector's own schedule is the fast one, and trimming memory that is needed again costs page faults.
/// </summary>
public sealed partial class IdleMemoryRelease(TimeProvider time, ILogger<IdleMemoryRelease> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    /// <summary>A period with less managed allocation than this is idle; one article allocates about 3.6 MB.</summary>
    public const long IdleBytesPerPeriod = 4_000_000;

    /// <summary>Less managed allocation than this since the last collection is not worth a full collection.</summary>
    public const long MinBytesToCollect = 1_000_000;

    private bool _mallocTrim = OperatingSystem.IsLinux();

    public static bool IsIdle(long allocatedInPeriod) => allocatedInPeriod < IdleBytesPerPeriod;

    public static bool WorthCollecting(long allocatedSinceCollection) => allocatedSinceCollection >= MinBytesToCollect;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        var previous = GC.GetTotalAllocatedBytes();
        var atCollection = 0L;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                var allocated = GC.GetTotalAllocatedBytes();
                if (IsIdle(allocated - previous))
                {
                    if (WorthCollecting(allocated - atCollection))
                    {
                        // Aggressive: blocking and compacting, and the collector decommits the regions it frees instead
                        // of keeping them for its next allocation budget (gen0's budget follows the CPU cache size; on a
                        // machine with 32 MB of L3 no collection came before 13 MB). Its pause is logged at Debug.
                        var paused = GC.GetTotalPauseDuration();
                        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                        atCollection = GC.GetTotalAllocatedBytes();
                        LogCollected((GC.GetTotalPauseDuration() - paused).TotalMilliseconds, GC.GetTotalMemory(forceFullCollection: false) / 1e6);
                    }
                    TrimNativeHeap();
                }
                previous = allocated;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void TrimNativeHeap()
    {
        if (!_mallocTrim) return;
        try
        {
            MallocTrim(0);
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            // Not glibc (musl has no malloc_trim): only the collections run from now on.
            _mallocTrim = false;
            LogNoMallocTrim(ex.Message);
        }
    }

    /// <summary>glibc: returns the free pages of every arena to the system, not only the top of the main heap.</summary>
    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Idle: collected in {PauseMs:F1} ms, {HeapMb:F1} MB left on the managed heap")]
    private partial void LogCollected(double pauseMs, double heapMb);

    [LoggerMessage(Level = LogLevel.Debug, Message = "malloc_trim is not available: {Reason}")]
    private partial void LogNoMallocTrim(string reason);
}

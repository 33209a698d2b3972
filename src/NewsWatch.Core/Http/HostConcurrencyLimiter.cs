using Microsoft.Extensions.Options;

namespace NewsWatch.Http;

/// <summary>
/// Caps requests in flight per host (<see cref="HttpFetchOptions.PerHostConcurrency"/>) so that
/// many articles from one site never hammer it. One instance is shared by all fetchers; a host's
/// slot set is dropped when nobody uses it, so memory stays bounded by the hosts in flight.
/// </summary>
public sealed class HostConcurrencyLimiter(IOptions<HttpFetchOptions> options)
{
    private readonly int _perHost = options.Value.PerHostConcurrency;
    private readonly Dictionary<string, HostSlots> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    /// <summary>Waits for a free slot for <paramref name="host"/>; dispose the lease to free it.</summary>
    public async ValueTask<IDisposable> AcquireAsync(string host, CancellationToken ct)
    {
        HostSlots slots;
        lock (_lock)
        {
            if (!_hosts.TryGetValue(host, out slots!))
            {
                slots = new HostSlots(_perHost);
                _hosts.Add(host, slots);
            }

            slots.Users++;
        }

        try
        {
            await slots.Semaphore.WaitAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            Leave(host, slots);
            throw;
        }

        return new Lease(this, host, slots);
    }

    /// <summary>Number of hosts currently tracked (waiting or in flight).</summary>
    internal int TrackedHosts
    {
        get
        {
            lock (_lock)
            {
                return _hosts.Count;
            }
        }
    }

    private void Leave(string host, HostSlots slots)
    {
        lock (_lock)
        {
            if (--slots.Users == 0)
            {
                _hosts.Remove(host);
            }
        }
    }

    private sealed class HostSlots(int count)
    {
        public SemaphoreSlim Semaphore { get; } = new(count, count);
        public int Users { get; set; }
    }

    private sealed class Lease(HostConcurrencyLimiter owner, string host, HostSlots slots) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                slots.Semaphore.Release();
                owner.Leave(host, slots);
            }
        }
    }
}

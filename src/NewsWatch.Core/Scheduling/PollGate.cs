namespace NewsWatch.Scheduling;

/// <summary>
/// The feed polls allowed to run at once (<see cref="SchedulingOptions.MaxConcurrentPolls"/>). A poll that
/// finds the gate full does not wait for a slot: waiting would hold a Quartz thread just the same, which
/// is how slow feeds used to take every thread and stall the heartbeat. It gives its thread back instead
/// and comes again a moment later (see <see cref="FeedPollJob"/>). One per daemon, from the container.
/// </summary>
public sealed class PollGate(int slots) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(slots, slots);

    /// <summary>A slot to hold for the whole poll, or null when all are taken.</summary>
    public IDisposable? TryEnter() => _slots.Wait(0) ? new Slot(_slots) : null;

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) slots.Release();
        }
    }
}

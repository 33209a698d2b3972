namespace NewsWatch.Scheduling;

/// <summary>
/// Wakes this node's article loop (<see cref="NodeWorkService"/>) when a poll on this node has found new articles, so a
/// clustered node starts on them at once rather than at its next <c>Pipeline:ProcessInterval</c>. With SQLite the poll
/// triggers the Quartz article job instead, and nothing waits here.
/// </summary>
public sealed class ArticleQueueSignal
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Wake()
    {
        // One pending wake is as good as many: the loop drains the whole queue whenever it wakes.
        try { _wake.Release(); } catch (SemaphoreFullException) { }
    }

    /// <summary>Returns when woken or after <paramref name="timeout"/>, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _wake.WaitAsync(timeout, ct);
}

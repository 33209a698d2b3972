using NewsWatch.Storage;

namespace NewsWatch.Pipeline;

/// <summary>
/// The articles one pass has leased and not yet handed to a worker. A worker that finds it empty leases the next batch
/// itself, so the other workers keep going instead of waiting at the end of every batch for its slowest article.
/// </summary>
internal sealed class ClaimedArticles(Func<CancellationToken, Task<IReadOnlyList<ArticleWorkItem>>> claimBatch)
{
    private readonly Queue<ArticleWorkItem> _waiting = new();
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>
    /// The next article, or null when a fresh claim found nothing due. Each worker ends on its own empty claim, so the
    /// last claim of a pass comes after the last article finished, as when batches were claimed one after another.
    /// </summary>
    public async Task<ArticleWorkItem?> NextAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_waiting.Count == 0)
                foreach (var article in await claimBatch(ct).ConfigureAwait(false)) _waiting.Enqueue(article);
            return _waiting.TryDequeue(out var next) ? next : null;
        }
        finally
        {
            _gate.Release();
        }
    }
}

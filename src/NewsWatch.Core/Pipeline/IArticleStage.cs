using NewsWatch.Storage;

namespace NewsWatch.Pipeline;

/// <summary>One step of article processing: takes articles in <see cref="InputStatus"/> and moves them on.</summary>
public interface IArticleStage
{
    string InputStatus { get; }

    /// <summary>
    /// Does the work and stores its results together with the new status in one transaction, so a
    /// crash can never leave results without the status that says they exist. Failures are
    /// returned, not stored: the processor records them.
    /// </summary>
    Task<StageOutcome> RunAsync(ArticleWorkItem article, CancellationToken ct);
}

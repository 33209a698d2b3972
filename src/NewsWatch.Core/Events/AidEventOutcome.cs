namespace NewsWatch.Events;

/// <summary>What processing one article did to one event.</summary>
public sealed record AidEventOutcome(long EventId, MergeAction Action, AidEventCandidate Candidate);

/// <summary>The outcome of processing one article. <see cref="AlreadyProcessed"/>: the article was seen before and nothing changed.</summary>
public sealed record AidEventProcessResult(IReadOnlyList<AidEventOutcome> Outcomes, bool AlreadyProcessed)
{
    public static readonly AidEventProcessResult Repeat = new([], true);
}

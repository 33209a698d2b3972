namespace NewsWatch.Events;

/// <summary>What to do with a candidate: start a new event, add a source to one, or change one's amount.</summary>
public enum MergeAction
{
    /// <summary>No existing event is this announcement.</summary>
    New,

    /// <summary>Another report of an existing event; its amount stays.</summary>
    Merge,

    /// <summary>Another report of an existing event that brings an amount the event lacked, or corrects it.</summary>
    ChangeAmount,
}

public readonly record struct MergeDecision(MergeAction Action, StoredEvent? Event);

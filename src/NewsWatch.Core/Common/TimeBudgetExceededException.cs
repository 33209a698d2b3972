namespace NewsWatch.Common;

/// <summary>
/// Work stopped because its <see cref="Deadline"/> passed. A kind of cancellation, so code that must
/// never throw otherwise (the extractor) lets it through with real cancellations, while callers that
/// catch cancellation only when their own token fired do not mistake it for a shutdown.
/// </summary>
public sealed class TimeBudgetExceededException : OperationCanceledException
{
    public TimeBudgetExceededException(TimeSpan budget)
        : base($"stopped after its time budget of {budget.TotalSeconds:0.###} s") => Budget = budget;

    public TimeBudgetExceededException() : base("stopped after its time budget") { }

    public TimeBudgetExceededException(string message) : base(message) { }

    public TimeBudgetExceededException(string message, Exception innerException) : base(message, innerException) { }

    public TimeSpan Budget { get; }
}

namespace NewsWatch.Alerts;

/// <summary>What recording one attempt did to its outbox row.</summary>
public enum AlertOutcome
{
    Delivered,
    /// <summary>Failed; scheduled again with backoff.</summary>
    Retrying,
    /// <summary>Failed for the last time: dead-lettered.</summary>
    Dead,
    /// <summary>The lease ran out before the result was recorded and another pass took the row over; this result was logged only.</summary>
    LeaseLost,
}

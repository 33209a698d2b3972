namespace NewsWatch.Alerts;

/// <summary>Where an outbox row stands; stored lower-case in <c>alert_outbox.status</c>.</summary>
public enum AlertStatus
{
    /// <summary>Not delivered yet: due at <c>next_attempt_at</c> (or being sent, while leased).</summary>
    Pending,
    /// <summary>A 2xx response was received.</summary>
    Delivered,
    /// <summary>Dead-lettered: every attempt failed; <c>last_error</c> says why.</summary>
    Dead,
}

namespace NewsWatch.Alerts;

/// <summary>Why an alert is sent: a new event, or a later change to its amount.</summary>
public enum AlertKind
{
    New,
    AmountChanged,
}

public static class AlertKindExtensions
{
    /// <summary>The value stored in <c>alert_outbox.kind</c>.</summary>
    public static string ToStorage(this AlertKind kind) => kind switch
    {
        AlertKind.New => "new",
        AlertKind.AmountChanged => "amount_changed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The payload <c>type</c> and <c>X-NewsWatch-Event</c> header value.</summary>
    public static string ToEventType(this AlertKind kind) => "aid_event." + kind.ToStorage();

    public static AlertKind ParseStorage(string value) => value switch
    {
        "new" => AlertKind.New,
        "amount_changed" => AlertKind.AmountChanged,
        _ => throw new FormatException($"Unknown alert kind '{value}'."),
    };
}

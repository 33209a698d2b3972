namespace NewsWatch.Events;

/// <summary>An <c>events</c> row as the merger reads it.</summary>
public sealed record StoredEvent
{
    public long Id { get; init; }
    public string EventKey { get; init; } = "";
    public string DonorCode { get; init; } = "";
    public string RecipientCode { get; init; } = "";
    public double? Amount { get; init; }
    public double? AmountHigh { get; init; }
    public string? Currency { get; init; }
    public double? AmountUsd { get; init; }
    public string AnnouncedOn { get; init; } = "";
    public string AidType { get; init; } = "";
    public string Measure { get; init; } = "";
    public string Items { get; init; } = "[]";
    public double Confidence { get; init; }
    public long Version { get; init; }
    public string? AmountAsOf { get; init; }
}

namespace NewsWatch.Events;

/// <summary>An <c>events</c> row: what the merger reads, and what an alert is made from.</summary>
public sealed record StoredEvent
{
    public long Id { get; init; }
    public string EventKey { get; init; } = "";
    public string DonorCode { get; init; } = "";
    public string DonorName { get; init; } = "";
    public string RecipientCode { get; init; } = "";
    public string RecipientName { get; init; } = "";
    public double? Amount { get; init; }
    public double? AmountHigh { get; init; }
    public string? Currency { get; init; }
    public double? AmountUsd { get; init; }
    public string AnnouncedOn { get; init; } = "";
    public string AidType { get; init; } = "";
    public string Measure { get; init; } = "";
    public string Items { get; init; } = "[]";
    public string Parts { get; init; } = "[]";
    public string Evidence { get; init; } = "";
    public double Confidence { get; init; }
    public long Version { get; init; }
    public string? AmountAsOf { get; init; }
    public string FirstSeen { get; init; } = "";
}

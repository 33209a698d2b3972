namespace NewsWatch.Alerts;

/// <summary>One row of the <c>alerts_status</c> view, as <c>newswatch alerts list</c> shows it.</summary>
public sealed class AlertStatusRow
{
    public long Id { get; init; }
    public string Status { get; init; } = "";
    public string Webhook { get; init; } = "";
    public long EventId { get; init; }
    public int EventVersion { get; init; }
    public string Kind { get; init; } = "";
    public string? Donor { get; init; }
    public string? Recipient { get; init; }
    public decimal? AmountUsd { get; init; }
    public int Attempts { get; init; }
    public int? LastHttpStatus { get; init; }
    public string? LastError { get; init; }
    public string? NextAttemptAt { get; init; }
    public string CreatedAt { get; init; } = "";
    public string? DeliveredAt { get; init; }
    public string DeliveryId { get; init; } = "";
}

namespace NewsWatch.Alerts;

/// <summary>An outbox row a dispatcher has leased; <see cref="Attempts"/> already counts this attempt.</summary>
public sealed class ClaimedAlert
{
    public long Id { get; init; }
    public string DeliveryId { get; init; } = "";
    public string Webhook { get; init; } = "";
    public long EventId { get; init; }
    public int EventVersion { get; init; }
    public string Kind { get; init; } = "";
    public string Payload { get; init; } = "";
    public int Attempts { get; init; }
}

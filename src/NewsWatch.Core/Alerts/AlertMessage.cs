namespace NewsWatch.Alerts;

/// <summary>Everything a payload is made from: one send of one alert.</summary>
/// <param name="DeliveryId">Stable across retries of the same alert; receivers dedupe on it.</param>
/// <param name="SentAt">When this attempt was made (differs between retries).</param>
/// <param name="IsTest">A sample from <c>newswatch alerts test</c>, not a real event.</param>
public sealed record AlertMessage(string DeliveryId, AlertKind Kind, DateTimeOffset SentAt, AidEventAlert Event, bool IsTest = false);

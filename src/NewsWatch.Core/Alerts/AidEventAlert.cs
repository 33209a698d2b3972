using System.Text.Json.Serialization;

namespace NewsWatch.Alerts;

/// <summary>
/// What an alert says about one aid event: the snapshot the events stage hands to the outbox,
/// serialised as the webhook payload's <c>event</c> object. <see cref="Version"/> grows when the
/// event changes (an amount correction), so receivers can tell a follow-up from a repeat.
/// </summary>
public sealed record AidEventAlert
{
    [JsonPropertyName("event_id")] public required long EventId { get; init; }
    [JsonPropertyName("event_key")] public required string EventKey { get; init; }
    [JsonPropertyName("version")] public int Version { get; init; } = 1;
    [JsonPropertyName("donor")] public required AlertParty Donor { get; init; }
    [JsonPropertyName("recipient")] public required AlertParty Recipient { get; init; }
    [JsonPropertyName("amount")] public decimal? Amount { get; init; }
    [JsonPropertyName("currency")] public string? Currency { get; init; }
    [JsonPropertyName("amount_usd")] public decimal? AmountUsd { get; init; }
    [JsonPropertyName("announced_on")] public string? AnnouncedOn { get; init; }
    [JsonPropertyName("aid_type")] public required string AidType { get; init; }
    [JsonPropertyName("measure")] public required string Measure { get; init; }
    [JsonPropertyName("items")] public IReadOnlyList<string> Items { get; init; } = [];
    /// <summary>The parts of a package announced as a total; empty for a single sum.</summary>
    [JsonPropertyName("parts")] public IReadOnlyList<AlertPart> Parts { get; init; } = [];
    [JsonPropertyName("evidence")] public required string Evidence { get; init; }
    [JsonPropertyName("confidence")] public float Confidence { get; init; }
    [JsonPropertyName("first_seen")] public required string FirstSeen { get; init; }
    [JsonPropertyName("sources")] public IReadOnlyList<AlertSource> Sources { get; init; } = [];
}

/// <summary>A donor or recipient: a country (<see cref="Code"/> is ISO 3166-1 alpha-2) or a body such as EU or NATO.</summary>
public sealed record AlertParty(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("name")] string Name);

/// <summary>One part of a package: its amount and what it is for ("from drawdown authority").</summary>
public sealed record AlertPart(
    [property: JsonPropertyName("amount")] decimal Amount,
    [property: JsonPropertyName("currency")] string? Currency,
    [property: JsonPropertyName("amount_usd")] decimal? AmountUsd,
    [property: JsonPropertyName("what")] string What);

public sealed record AlertSource(
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("published_at")] string? PublishedAt);

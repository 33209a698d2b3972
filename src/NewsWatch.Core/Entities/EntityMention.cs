using System.Text.Json.Serialization;

namespace NewsWatch.Entities;

/// <summary>
/// One tagged span of a text. <see cref="Start"/>/<see cref="End"/> are UTF-16 offsets, end exclusive.
/// <see cref="Value"/> is the normalised value; null when the span could not be normalised.
/// </summary>
public sealed record EntityMention(
    string Type,
    int Start,
    int End,
    string Text,
    EntityValue? Value,
    float Confidence);

/// <summary>
/// The normalised value of a mention; which members are set depends on the type
/// (DESIGN.md contract): PERSON <c>{name}</c>, COUNTRY <c>{iso2,name}</c>, AMOUNT
/// <c>{amount,currency}</c> (plus <c>amount_high</c> for ranges, <c>usd</c> where a rate is known, <c>bound</c>
/// at_least/at_most/about for "more than"/"up to"/"about", <c>per</c> day/week/month/quarter/year for a rate),
/// DATE <c>{timex}</c> or <c>{start,end}</c> for a range.
/// </summary>
public sealed record EntityValue
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("iso2")] public string? Iso2 { get; init; }
    [JsonPropertyName("amount")] public decimal? Amount { get; init; }
    [JsonPropertyName("amount_high")] public decimal? AmountHigh { get; init; }
    [JsonPropertyName("currency")] public string? Currency { get; init; }
    [JsonPropertyName("usd")] public decimal? Usd { get; init; }
    [JsonPropertyName("bound")] public string? Bound { get; init; }
    [JsonPropertyName("per")] public string? Per { get; init; }
    [JsonPropertyName("timex")] public string? Timex { get; init; }
    [JsonPropertyName("start")] public string? RangeStart { get; init; }
    [JsonPropertyName("end")] public string? RangeEnd { get; init; }
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using NewsWatch.Entities;

namespace NewsWatch.Events.Evaluation;

/// <summary>
/// One fixture article for the events benchmark: the article, and the events it reports. An expected
/// event's <see cref="ExpectedEvent.Key"/> is shared by every fixture that reports the same real
/// announcement, so a set of fixtures says which articles must merge into one event.
/// </summary>
/// <remarks>
/// The fixture text carries gold entity mentions as markup, <c>[[surface|C:UA]]</c> (COUNTRY, ISO code),
/// <c>[[surface|A:amount:currency:usd]]</c> (AMOUNT) and <c>[[surface|D:timex]]</c> (DATE), so the benchmark can
/// score the events stage on perfect mentions as well as on the tagger's. <see cref="Text"/> is without markup.
/// </remarks>
public sealed partial record EventFixture
{
    public required string Id { get; init; }
    public required string Outlet { get; init; }
    public required string Url { get; init; }
    public string? Title { get; init; }
    public required DateTimeOffset Published { get; init; }
    public required string Text { get; init; }
    public required IReadOnlyList<EntityMention> GoldMentions { get; init; }
    public required IReadOnlyList<ExpectedEvent> Expected { get; init; }

    /// <summary>The kind of document (statement, fact_sheet, readout, memorandum, ...) for scores by kind; null for fixtures that give none.</summary>
    public string? Kind { get; init; }

    /// <summary>The government or body that published the article, when known.</summary>
    public AidParty? Publisher { get; init; }

    public static EventFixture Load(string path)
    {
        var raw = JsonSerializer.Deserialize<RawFixture>(File.ReadAllText(path), JsonOptions)
            ?? throw new FormatException($"{path}: empty fixture.");
        var (text, mentions) = ParseMarkup(raw.Text);
        return new EventFixture
        {
            Id = raw.Id, Outlet = raw.Outlet, Url = raw.Url, Title = raw.Title,
            Published = DateTimeOffset.Parse(raw.Published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            Text = text, GoldMentions = mentions, Expected = [.. raw.Expected.Select(e => e with { NativeAmounts = NativeAmountsOf(e, mentions) })],
            Publisher = raw.Publisher, Kind = raw.Kind,
        };
    }

    /// <summary>
    /// The sums as written that the marked text values at the event's dollar amount ("[[NOK 500 million|A:500000000:NOK:47500000]]"):
    /// the writer's fixed rates and the daemon's yearly ones value a foreign sum differently.
    /// </summary>
    private static IReadOnlyList<(decimal Amount, string Currency)> NativeAmountsOf(ExpectedEvent e, IReadOnlyList<EntityMention> mentions) =>
        e.AmountUsd is not { } usd ? [] : [.. mentions
            .Where(m => m.Type == EntityType.Amount && m.Value is { Amount: not null, Currency: not null, Usd: { } valued } && AidEventExtractor.AmountsAgree(usd, valued, NativeTolerance))
            .Select(m => (m.Value!.Amount!.Value, m.Value.Currency!)).Distinct()];

    /// <summary>How close a marked dollar value must be to the event's to be the same sum.</summary>
    private const double NativeTolerance = 0.005;

    /// <summary>All <c>*.json</c> fixtures of a folder, in publication order (the order a daemon would see them).</summary>
    public static IReadOnlyList<EventFixture> LoadAll(string directory) =>
        Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).Select(Load).OrderBy(f => f.Published).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();

    public static (string Text, IReadOnlyList<EntityMention> Mentions) ParseMarkup(string marked)
    {
        var text = new StringBuilder(marked.Length);
        var mentions = new List<EntityMention>();
        var last = 0;
        foreach (Match m in Markup().Matches(marked))
        {
            text.Append(marked, last, m.Index - last);
            var surface = m.Groups["surface"].Value;
            var start = text.Length;
            text.Append(surface);
            var parts = m.Groups["value"].Value.Split(':');
            var (type, value) = m.Groups["type"].Value switch
            {
                "C" => (EntityType.Country, new EntityValue { Iso2 = parts[0], Name = surface }),
                "P" => (EntityType.Person, new EntityValue { Name = parts[0] }),
                "A" => (EntityType.Amount, new EntityValue
                {
                    Amount = decimal.Parse(parts[0], CultureInfo.InvariantCulture),
                    Currency = parts[1],
                    Usd = parts.Length > 2 ? decimal.Parse(parts[2], CultureInfo.InvariantCulture) : null,
                }),
                _ => (EntityType.Date, new EntityValue { Timex = parts[0] }),
            };
            mentions.Add(new EntityMention(type, start, text.Length, surface, value, 1f));
            last = m.Index + m.Length;
        }
        text.Append(marked, last, marked.Length - last);
        return (text.ToString(), mentions);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    [GeneratedRegex(@"\[\[(?<surface>[^|\]]+)\|(?<type>[CADP]):(?<value>[^\]]+)\]\]", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    private sealed record RawFixture(string Id, string Outlet, string Url, string? Title, string Published, string Text, List<ExpectedEvent> Expected, AidParty? Publisher = null, string? Kind = null);
}

/// <summary>An event a fixture reports. <see cref="AmountUsd"/> null: the article gives no amount.</summary>
public sealed record ExpectedEvent(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("donor")] string Donor,
    [property: JsonPropertyName("recipient")] string Recipient,
    [property: JsonPropertyName("measure")] string Measure,
    [property: JsonPropertyName("aid_type")] string AidType,
    [property: JsonPropertyName("amount_usd")] decimal? AmountUsd,
    [property: JsonPropertyName("announced_on")] string AnnouncedOn)
{
    /// <summary>The sentences that state the event, where the labels give them (the real text's), to explain a miss.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>The event's sum as written in the text (amount and currency), where its markup gives it.</summary>
    [JsonIgnore]
    public IReadOnlyList<(decimal Amount, string Currency)> NativeAmounts { get; init; } = [];
}

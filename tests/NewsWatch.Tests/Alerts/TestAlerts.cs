using NewsWatch.Alerts;

namespace NewsWatch.Tests.Alerts;

/// <summary>Event snapshots for alert tests.</summary>
internal static class TestAlerts
{
    public static AidEventAlert Create(long eventId = 1, int version = 1, string donor = "US", string recipient = "UA",
        decimal? amountUsd = 1_200_000_000m, string aidType = "military", string measure = "pledge", int sources = 3) => new()
    {
        EventId = eventId,
        EventKey = $"{donor}-{recipient}-{eventId}",
        Version = version,
        Donor = Party(donor),
        Recipient = Party(recipient),
        Amount = amountUsd,
        Currency = amountUsd is null ? null : "USD",
        AmountUsd = amountUsd,
        AnnouncedOn = "2026-03-01",
        AidType = aidType,
        Measure = measure,
        Items = ["HIMARS", "155mm rounds"],
        Evidence = "The United States will provide $1.2 billion in military aid to Ukraine, the Pentagon said.",
        Confidence = 0.91f,
        FirstSeen = "2026-03-01T10:00:00.000Z",
        Sources = Enumerable.Range(1, sources)
            .Select(i => new AlertSource($"https://outlet{i}.example/aid-{eventId}", i == 3 ? null : $"Outlet {i}: aid package", "2026-03-01T09:00:00.000Z"))
            .ToList(),
    };

    private static AlertParty Party(string code) => code switch
    {
        "US" => new AlertParty("US", "United States"),
        "UA" => new AlertParty("UA", "Ukraine"),
        "DE" => new AlertParty("DE", "Germany"),
        "GB" => new AlertParty("GB", "United Kingdom"),
        "IL" => new AlertParty("IL", "Israel"),
        "EU" => new AlertParty("EU", "European Union"),
        _ => new AlertParty(code, code),
    };
}

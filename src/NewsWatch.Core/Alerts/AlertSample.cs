using NewsWatch.Common;
using NewsWatch.Storage;

namespace NewsWatch.Alerts;

/// <summary>The made-up event <c>newswatch alerts test</c> sends, so a receiver sees every field filled.</summary>
public static class AlertSample
{
    public static AidEventAlert Create(DateTimeOffset now) => new()
    {
        EventId = 0,
        EventKey = "sample",
        Version = 1,
        Donor = new AlertParty("US", "United States"),
        Recipient = new AlertParty("UA", "Ukraine"),
        Amount = 1_200_000_000m,
        Currency = "USD",
        AmountUsd = 1_200_000_000m,
        AnnouncedOn = now.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        AidType = "military",
        Measure = "pledge",
        Items = ["HIMARS ammunition", "Patriot interceptors", "155mm rounds"],
        Evidence = "(Sample from newswatch alerts test) The United States will provide $1.2 billion in military aid to Ukraine, including Patriot interceptors and 155mm rounds.",
        Confidence = 0.97f,
        FirstSeen = Timestamps.Format(now),
        Sources =
        [
            new AlertSource("https://example.com/news/us-aid-package", "US announces $1.2bn Ukraine package", Timestamps.Format(now)),
            new AlertSource("https://example.org/defence/ukraine-aid", "Washington pledges 1.2bn dollars for Kyiv", Timestamps.Format(now)),
            new AlertSource("https://example.net/world/aid", null, Timestamps.Format(now)),
        ],
    };
}

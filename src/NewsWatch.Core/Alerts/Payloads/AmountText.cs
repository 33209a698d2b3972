using System.Globalization;

namespace NewsWatch.Alerts.Payloads;

/// <summary>Amounts the way a headline writes them: "$1.2 billion", "€500 million", "CAD 40 million".</summary>
public static class AmountText
{
    /// <summary>The event's amount, with its USD value in brackets when it was in another currency; null when unknown.</summary>
    public static string? Describe(AidEventAlert alert)
    {
        if (alert.Amount is not { } amount)
            return alert.AmountUsd is { } usdOnly ? Format(usdOnly, "USD") : null;
        var text = Format(amount, alert.Currency);
        return alert.AmountUsd is { } usd && !IsUsd(alert.Currency) ? $"{text} (about {Format(usd, "USD")})" : text;
    }

    public static string Format(decimal amount, string? currency)
    {
        var (value, scale) = Math.Abs(amount) switch
        {
            >= 1_000_000_000_000m => (amount / 1_000_000_000_000m, " trillion"),
            >= 1_000_000_000m => (amount / 1_000_000_000m, " billion"),
            >= 1_000_000m => (amount / 1_000_000m, " million"),
            _ => (amount, ""),
        };
        var number = value.ToString(scale.Length == 0 ? "#,0.##" : "0.##", CultureInfo.InvariantCulture) + scale;
        return currency?.ToUpperInvariant() switch
        {
            null or "" => number,
            "USD" => "$" + number,
            "EUR" => "€" + number,
            "GBP" => "£" + number,
            "JPY" => "¥" + number,
            var code => code + " " + number,
        };
    }

    private static bool IsUsd(string? currency) => string.Equals(currency, "USD", StringComparison.OrdinalIgnoreCase);
}

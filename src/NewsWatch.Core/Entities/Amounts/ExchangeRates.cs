using System.Globalization;

namespace NewsWatch.Entities.Amounts;

/// <summary>
/// A dated table of annual average exchange rates to the US dollar (facts, in <c>exchange_rates.tsv</c>), so every
/// amount can also be stated in USD. A date outside the table's years uses the nearest year. The pre-euro
/// currencies (FRF, DEM, ESP, ...) convert through their fixed euro rates.
/// </summary>
public sealed class ExchangeRates
{
    /// <summary>Irrevocable euro conversion rates (units per euro) fixed in 1999-2002.</summary>
    private static readonly Dictionary<string, decimal> EuroLegacy = new(StringComparer.OrdinalIgnoreCase)
    {
        ["FRF"] = 6.55957m, ["DEM"] = 1.95583m, ["ESP"] = 166.386m, ["NLG"] = 2.20371m, ["FIM"] = 5.94573m,
        ["BEF"] = 40.3399m, ["ITL"] = 1936.27m, ["ATS"] = 13.7603m, ["PTE"] = 200.482m, ["IEP"] = 0.787564m,
        ["GRD"] = 340.750m,
    };

    private readonly Dictionary<string, decimal[]> _perUsd;
    private readonly int _firstYear;
    private readonly int _lastYear;

    /// <summary>The process-wide table.</summary>
    public static ExchangeRates Shared { get; } = new();

    private ExchangeRates()
    {
        _perUsd = new Dictionary<string, decimal[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in EmbeddedData.Lines("exchange_rates.tsv"))
        {
            var cols = line.Split('\t');
            _perUsd[cols[0]] = [.. cols.Skip(1).Select(c => decimal.Parse(c, NumberStyles.Float, CultureInfo.InvariantCulture))];
        }
        _firstYear = 2015;
        _lastYear = _firstYear + (_perUsd.Count == 0 ? 0 : _perUsd.Values.First().Length - 1);
    }

    /// <summary>The years the table covers; dates outside use the nearest of them.</summary>
    public (int First, int Last) Years => (_firstYear, _lastYear);

    /// <summary>The currencies with a rate (besides USD and the pre-euro currencies).</summary>
    public IReadOnlyCollection<string> Currencies => _perUsd.Keys;

    /// <summary>Units of <paramref name="currency"/> per US dollar in the year of <paramref name="on"/>, or null when unknown.</summary>
    public decimal? UnitsPerUsd(string currency, DateOnly on)
    {
        if (string.Equals(currency, "USD", StringComparison.OrdinalIgnoreCase))
        {
            return 1m;
        }
        var year = Math.Clamp(on.Year, _firstYear, _lastYear) - _firstYear;
        if (_perUsd.TryGetValue(currency, out var rates))
        {
            return rates[year];
        }
        if (EuroLegacy.TryGetValue(currency, out var perEuro))
        {
            return perEuro * _perUsd["EUR"][year];
        }
        return null;
    }

    /// <summary>The amount in US dollars at the annual average rate of the date's year (rounded to cents), or null when the currency has no rate.</summary>
    public decimal? ToUsd(decimal amount, string currency, DateOnly on) =>
        UnitsPerUsd(currency, on) is { } rate && rate != 0 ? decimal.Round(amount / rate, 2, MidpointRounding.ToEven) : null;
}

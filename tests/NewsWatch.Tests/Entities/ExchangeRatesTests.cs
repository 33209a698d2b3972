using NewsWatch.Entities.Amounts;

namespace NewsWatch.Tests.Entities;

public class ExchangeRatesTests
{
    private static readonly ExchangeRates Rates = ExchangeRates.Shared;

    [Fact]
    public void Usd_is_itself()
    {
        Assert.Equal(40_000_000_000m, Rates.ToUsd(40_000_000_000m, "USD", new DateOnly(2024, 6, 13)));
    }

    [Fact]
    public void Converts_at_the_annual_average_of_the_year()
    {
        // 2024: 0.9239 EUR per USD, so EUR 1.5bn is about USD 1.62bn.
        var usd = Rates.ToUsd(1_500_000_000m, "EUR", new DateOnly(2024, 6, 13))!.Value;
        Assert.InRange(usd, 1_600_000_000m, 1_650_000_000m);
        // The same euros were worth fewer dollars in 2022 (0.9496 per USD).
        Assert.True(Rates.ToUsd(1_500_000_000m, "EUR", new DateOnly(2022, 3, 1)) < usd);
    }

    [Fact]
    public void Dates_outside_the_table_use_the_nearest_year()
    {
        var (first, last) = Rates.Years;
        Assert.Equal(Rates.ToUsd(100m, "GBP", new DateOnly(first, 1, 1)), Rates.ToUsd(100m, "GBP", new DateOnly(1990, 1, 1)));
        Assert.Equal(Rates.ToUsd(100m, "GBP", new DateOnly(last, 12, 31)), Rates.ToUsd(100m, "GBP", new DateOnly(2031, 1, 1)));
    }

    [Theory]
    [InlineData("EUR")] [InlineData("GBP")] [InlineData("JPY")] [InlineData("CNY")] [InlineData("CAD")] [InlineData("AUD")]
    [InlineData("CHF")] [InlineData("SEK")] [InlineData("NOK")] [InlineData("DKK")] [InlineData("PLN")] [InlineData("UAH")]
    [InlineData("RUB")] [InlineData("INR")] [InlineData("KRW")] [InlineData("TRY")] [InlineData("ILS")] [InlineData("SAR")]
    [InlineData("AED")] [InlineData("BRL")] [InlineData("ZAR")] [InlineData("CZK")] [InlineData("HUF")] [InlineData("RON")]
    [InlineData("NZD")] [InlineData("FRF")]
    public void Major_currencies_have_rates_every_year(string currency)
    {
        for (var year = 2015; year <= 2026; year++)
        {
            var usd = Rates.ToUsd(1000m, currency, new DateOnly(year, 7, 1));
            Assert.NotNull(usd);
            Assert.True(usd > 0);
        }
    }

    [Fact]
    public void Unknown_currency_has_no_usd_value()
    {
        Assert.Null(Rates.ToUsd(5m, "XBT", new DateOnly(2024, 1, 1)));
        Assert.Null(Rates.ToUsd(5m, "", new DateOnly(2024, 1, 1)));
    }
}

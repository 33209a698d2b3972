using NewsWatch.Entities.Countries;

namespace NewsWatch.Tests.Entities;

public class CountryGazetteerTests
{
    private static readonly CountryGazetteer Gazetteer = CountryGazetteer.Shared;

    [Fact]
    public void Holds_every_iso_country()
    {
        Assert.True(Gazetteer.Countries.Count >= 249);
        Assert.Equal("Ukraine", Gazetteer.FindCountry("UA")!.Name);
        Assert.Equal("GBR", Gazetteer.FindCountry("gb")!.Alpha3);
    }

    [Theory]
    [InlineData("U.S.", "US")]
    [InlineData("US", "US")]
    [InlineData("USA", "US")]
    [InlineData("America", "US")]
    [InlineData("United States of America", "US")]
    [InlineData("UK", "GB")]
    [InlineData("Britain", "GB")]
    [InlineData("Great Britain", "GB")]
    [InlineData("Czechia", "CZ")]
    [InlineData("Czech Republic", "CZ")]
    [InlineData("Ivory Coast", "CI")]
    [InlineData("Côte d’Ivoire", "CI")]
    [InlineData("Cote d'Ivoire", "CI")]
    [InlineData("Burma", "MM")]
    [InlineData("Holland", "NL")]
    [InlineData("Netherlands", "NL")]
    [InlineData("South Korea", "KR")]
    [InlineData("North Korea", "KP")]
    [InlineData("Türkiye", "TR")]
    [InlineData("russia", "RU")]
    [InlineData("UKRAINE", "UA")]
    [InlineData("Ukraine's", "UA")]
    public void Names_and_short_forms_resolve_to_iso2(string name, string iso2)
    {
        var hit = Gazetteer.Lookup(name);
        Assert.NotNull(hit);
        Assert.Equal(GazetteerKind.CountryName, hit.Value.Kind);
        Assert.Equal(iso2, hit.Value.Code);
        Assert.True(Gazetteer.IsCountryName(name));
    }

    [Theory]
    [InlineData("Ukrainian", "UA")]
    [InlineData("Ukrainians", "UA")]
    [InlineData("Russian", "RU")]
    [InlineData("American", "US")]
    [InlineData("British", "GB")]
    [InlineData("Britons", "GB")]
    [InlineData("Dutch", "NL")]
    [InlineData("Emirati", "AE")]
    [InlineData("South Korean", "KR")]
    public void Demonyms_resolve_to_iso2(string demonym, string iso2)
    {
        Assert.True(Gazetteer.IsDemonym(demonym));
        Assert.Equal(iso2, Gazetteer.Lookup(demonym)!.Value.Code);
    }

    [Theory]
    [InlineData("us")]
    [InlineData("turkey")]
    [InlineData("chad")]
    [InlineData("polish")]
    [InlineData("New Mexico")]
    [InlineData("Latin America")]
    [InlineData("Brussels")]
    [InlineData("")]
    [InlineData("   ")]
    public void Common_words_and_non_countries_do_not_match(string text)
    {
        Assert.False(Gazetteer.IsCountryName(text));
        Assert.False(Gazetteer.IsDemonym(text));
    }

    [Theory]
    [InlineData("EU", "EU")]
    [InlineData("European Union", "EU")]
    [InlineData("NATO", "NATO")]
    [InlineData("Nato", "NATO")]
    [InlineData("UN", "UN")]
    [InlineData("United Nations", "UN")]
    [InlineData("World Bank", "WB")]
    [InlineData("IMF", "IMF")]
    public void Organisations_are_a_separate_kind(string name, string code)
    {
        var hit = Gazetteer.Lookup(name);
        Assert.Equal(GazetteerKind.Organisation, hit!.Value.Kind);
        Assert.Equal(code, hit.Value.Code);
        Assert.False(Gazetteer.IsCountryName(name));
    }

    [Fact]
    public void MatchTokens_takes_the_longest_match_and_skips_blocked_places()
    {
        string[] tokens = ["The", "United", "States", "of", "America", "and", "Papua", "New", "Guinea", "met", "in",
            "New", "Mexico", "with", "Ukrainian", "and", "Guinea", "-", "Bissau", "envoys", "."];
        var matches = Gazetteer.MatchTokens(tokens).ToList();
        Assert.Equal(
            [(1, 4, "US"), (6, 3, "PG"), (14, 1, "UA"), (16, 3, "GW")],
            matches);
    }

    [Fact]
    public void MatchAll_reports_organisations_too()
    {
        string[] tokens = ["The", "European", "Union", "and", "NATO", "back", "Kyiv", "."];
        var matches = Gazetteer.MatchAll(tokens);
        Assert.Equal([new GazetteerMatch(1, 2, "EU", GazetteerKind.Organisation), new GazetteerMatch(4, 1, "NATO", GazetteerKind.Organisation)], matches);
    }

    [Fact]
    public void MatchTokens_on_empty_and_odd_tokens_finds_nothing()
    {
        Assert.Empty(Gazetteer.MatchTokens([]));
        Assert.Empty(Gazetteer.MatchTokens(["", "\u200B", "\u00A0", "'s", "..."]));
    }
}

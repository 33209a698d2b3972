using NewsWatch.Events;

namespace NewsWatch.Tests.Events;

public sealed class PublisherResolverTests
{
    private static readonly DateOnly On = new(2024, 6, 13);

    [Theory]
    [InlineData("https://www.whitehouse.gov/briefing-room/statements-releases/2024/06/13/x/", "US")]
    [InlineData("https://www.defense.gov/News/Releases/Release/Article/1/", "US")]
    [InlineData("https://www.gov.uk/government/news/uk-to-send-more-aid", "GB")]
    [InlineData("https://www.nato.int/cps/en/natohq/news_1.htm", "NATO")]
    [InlineData("https://www.bundesregierung.de/breg-en/news/x", "DE")]
    [InlineData("https://www.president.gov.ua/en/news/x", "UA")]
    [InlineData("https://ec.europa.eu/commission/presscorner/detail/en/ip_24_1", "EU")]
    public void A_government_site_publishes_for_its_country_or_body(string url, string code) =>
        Assert.Equal(code, new PublisherResolver().Resolve(null, url, null, On)?.Code);

    [Theory]
    [InlineData("https://www.reuters.com/world/europe/x")]
    [InlineData("https://news.example.org/story")]
    [InlineData("https://government.example.com/x")]
    [InlineData("not a url")]
    public void News_outlets_and_unknown_sites_have_no_publisher(string url) =>
        Assert.Null(new PublisherResolver().Resolve(null, url, "Ukraine gets more aid", On));

    [Fact]
    public void The_configured_publisher_wins_over_the_site() =>
        Assert.Equal("PL", new PublisherResolver().Resolve("pl", "https://www.whitehouse.gov/x", null, On)?.Code);

    [Fact]
    public void An_unknown_configured_code_falls_back_to_the_site() =>
        Assert.Equal("US", new PublisherResolver().Resolve("XX", "https://www.state.gov/x", null, On)?.Code);

    [Theory]
    [InlineData("Statement from President Joe Biden on Additional Security Assistance for Ukraine", "Joe Biden")]
    [InlineData("Remarks by Prime Minister Rishi Sunak at the Ukraine Recovery Conference", "Rishi Sunak")]
    [InlineData("Readout of Secretary Austin's Call with Minister Umerov", "Austin")]
    public void A_statement_titled_with_an_office_holder_is_published_by_that_holders_country(string title, string speaker)
    {
        string? asked = null;
        var resolver = new PublisherResolver((name, _) => { asked = name; return "GB"; });
        Assert.Equal("GB", resolver.Resolve(null, "https://outlet.example.com/x", title, On)?.Code);
        Assert.Equal(speaker, asked);
    }

    [Fact]
    public void A_news_headline_names_no_speaker() =>
        Assert.Null(new PublisherResolver((_, _) => "US").Resolve(null, "https://outlet.example.com/x", "Biden announces $1 billion for Ukraine", On));
}

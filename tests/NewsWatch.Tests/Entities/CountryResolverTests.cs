using NewsWatch.Entities.Countries;

namespace NewsWatch.Tests.Entities;

public class CountryResolverTests
{
    private static readonly CountryResolver Resolver = CountryResolver.Shared;

    private static CountryResolution? ResolveIn(string text, string span)
    {
        var start = text.IndexOf(span, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{span}' not in '{text}'");
        return Resolver.Resolve(text, start, start + span.Length);
    }

    [Theory]
    [InlineData("As Russian forces strike along the front line", "Russian", "RU")]
    [InlineData("Military aid to Ukraine's armed forces", "Ukraine's", "UA")]
    [InlineData("The U.S. pledged more air defence", "U.S.", "US")]
    [InlineData("Aid from the Netherlands arrived", "the Netherlands", "NL")]
    [InlineData("King Abdullah of Jordan met the envoy", "Jordan", "JO")]
    [InlineData("Jordan said it would close its airspace to Iranian drones.", "Jordan", "JO")]
    [InlineData("Georgia's parliament in Tbilisi passed the foreign agents law", "Georgia", "GE")]
    [InlineData("Protesters in Georgia, a former Soviet republic in the Caucasus, rallied", "Georgia", "GE")]
    [InlineData("Turkey will host the talks in Istanbul", "Turkey", "TR")]
    [InlineData("Chad closed its border with Sudan", "Chad", "TD")]
    [InlineData("A Turkish naval ship docked near Derna", "Turkish", "TR")]
    public void Countries_in_context(string text, string span, string iso2)
    {
        var resolution = ResolveIn(text, span);
        Assert.NotNull(resolution);
        Assert.Equal(iso2, resolution.Code);
        Assert.False(resolution.IsOrganisation);
    }

    [Theory]
    [InlineData("Michael Jordan scored 30 points", "Jordan")]
    [InlineData("Coach Jordan said the team was ready", "Jordan")]
    [InlineData("Jordan Peterson spoke in Toronto", "Jordan")]
    [InlineData("The rally in Atlanta, Georgia drew thousands", "Georgia")]
    [InlineData("The Georgia governor signed the bill", "Georgia")]
    [InlineData("Georgia's Senate race is tight", "Georgia")]
    [InlineData("He moved to the state of Georgia last year", "Georgia")]
    [InlineData("We had roast turkey for dinner", "turkey")]
    [InlineData("Families carved the Thanksgiving Turkey after the parade", "Turkey")]
    [InlineData("Chad Smith played drums", "Chad")]
    [InlineData("Mr. Chad announced his resignation", "Chad")]
    public void Non_countries_in_context_are_rejected(string text, string span)
    {
        Assert.Null(ResolveIn(text, span));
    }

    [Fact]
    public void Organisations_resolve_with_their_code()
    {
        var resolution = ResolveIn("The European Union pledged funds", "European Union");
        Assert.NotNull(resolution);
        Assert.True(resolution.IsOrganisation);
        Assert.Equal("EU", resolution.Code);
    }

    [Theory]
    [InlineData("", 0, 0)]
    [InlineData("abc", 2, 1)]
    [InlineData("abc", -1, 2)]
    [InlineData("abc", 0, 99)]
    [InlineData("\u200B\u200B", 0, 2)]
    public void Bad_spans_resolve_to_nothing(string text, int start, int end)
    {
        Assert.Null(Resolver.Resolve(text, start, end));
    }
}

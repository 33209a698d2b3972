using NewsWatch.Articles;

namespace NewsWatch.Tests.Articles;

public sealed class UrlNormalizerTests
{
    [Theory]
    [InlineData("HTTPS://WWW.Example.COM/News/Item?b=2&a=1#comments", "https://www.example.com/News/Item?b=2&a=1")]
    [InlineData("http://example.com", "http://example.com/")]
    [InlineData("https://example.com:443/a", "https://example.com/a")]
    [InlineData("http://example.com:80/a", "http://example.com/a")]
    [InlineData("https://example.com:8443/a", "https://example.com:8443/a")]
    [InlineData("http://example.com:443/a", "http://example.com:443/a")]
    [InlineData("https://example.com/a?utm_source=rss&utm_medium=feed&utm_campaign=x", "https://example.com/a")]
    [InlineData("https://example.com/a?id=7&utm_source=rss&page=2", "https://example.com/a?id=7&page=2")]
    [InlineData("https://example.com/a?UTM_Source=x&fbclid=abc&gclid=1&dclid=2&msclkid=3", "https://example.com/a")]
    [InlineData("https://example.com/a?mc_cid=1&mc_eid=2&_ga=3&igshid=4&yclid=5&ocid=6&cmpid=7&sr_share=8", "https://example.com/a")]
    [InlineData("https://example.com/a?at_medium=rss&at_campaign=feed&q=tanks", "https://example.com/a?q=tanks")]
    [InlineData("http://www.lemonde.fr/article.html?xtor=RSS-3208", "http://www.lemonde.fr/article.html")]
    [InlineData("https://example.com/a?", "https://example.com/a")]
    [InlineData("https://example.com/a?&&x=1&&", "https://example.com/a?x=1")]
    [InlineData("https://example.com/a?flag", "https://example.com/a?flag")]
    [InlineData("https://example.com/a?q=air%20defence&utm_term=x", "https://example.com/a?q=air%20defence")]
    [InlineData("https://bücher.example/straße", "https://xn--bcher-kva.example/stra%C3%9Fe")]
    [InlineData("https://ПРИМЕР.рф/", "https://xn--e1afmkfd.xn--p1ai/")]
    [InlineData("https://example.com./a", "https://example.com/a")]
    [InlineData("  https://example.com/a  ", "https://example.com/a")]
    [InlineData("https://[2001:DB8::1]:8443/a", "https://[2001:db8::1]:8443/a")]
    [InlineData("https://example.com/#/spa-route", "https://example.com/")]
    public void Normalizes(string input, string expected) => Assert.Equal(expected, UrlNormalizer.Normalize(input));

    [Theory]
    [InlineData("ftp://example.com/a")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("mailto:press@example.com")]
    [InlineData("/relative/path")]
    [InlineData("not a url")]
    [InlineData("")]
    public void Rejects_non_http_urls(string input) => Assert.Null(UrlNormalizer.Normalize(input));

    [Fact]
    public void Is_idempotent()
    {
        var once = UrlNormalizer.Normalize("HTTPS://Example.com:443/x?utm_source=a&id=1#top")!;

        Assert.Equal(once, UrlNormalizer.Normalize(once));
    }

    [Fact]
    public void Different_articles_stay_different() =>
        Assert.NotEqual(UrlNormalizer.Normalize("https://example.com/a?id=1"), UrlNormalizer.Normalize("https://example.com/a?id=2"));
}

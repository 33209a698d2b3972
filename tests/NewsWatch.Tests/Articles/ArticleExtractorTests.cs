using System.Text;
using NewsWatch.Articles;

namespace NewsWatch.Tests.Articles;

public class ArticleExtractorTests
{
    private readonly ArticleExtractor extractor = new();
    private readonly CharsetDecoder decoder = new();

    [Fact]
    public void Blog_article_keeps_only_the_body_paragraphs()
    {
        var article = extractor.Extract(
            ArticleFixtures.Text("wordpress-aid-article.html"),
            new Uri("https://frontline-ledger.example/2024/06/13/allied-ministers-air-defence-fund/?utm_source=rss"));

        string[] expected =
        [
            "Defence ministers from the alliance gathered in Brussels on Thursday to debate a shared fund that would pay for air defence systems for Ukraine over the next four years, officials said.",
            "The proposal, drafted by the alliance's civilian staff, would pool contributions from member governments into a single budget line, so that deliveries no longer depend on one-off national pledges.",
            "Pressure from the front line",
            "Ukrainian officials have warned that stocks of interceptor missiles are running low, while Russian drone and missile attacks on power stations have intensified since the spring.",
            "“We cannot protect cities with promises,” the Ukrainian defence minister told reporters before the meeting, adding that his country needed at least seven additional long-range batteries.",
            "Diplomats said the fund would cover three kinds of spending:",
            "interceptor missiles for systems already in Ukraine;",
            "training of air defence crews in Germany and Poland;",
            "repairs of damaged launchers close to the border.",
            "Several smaller members, however, want the contributions to remain voluntary, and a final decision is expected only at the leaders' summit in Washington in July.",
        ];
        Assert.Equal(string.Join("\n\n", expected), article.Text);
    }

    [Fact]
    public void Blog_article_metadata_comes_from_json_ld_graph_and_canonical_link()
    {
        var article = extractor.Extract(
            ArticleFixtures.Text("wordpress-aid-article.html"),
            new Uri("https://frontline-ledger.example/2024/06/13/allied-ministers-air-defence-fund/?utm_source=rss"));

        Assert.Equal("Allied Ministers Weigh Air Defence Fund For Ukraine", article.Title);
        Assert.Equal("Marta Kowalczyk", article.Author);
        Assert.Equal(new DateTimeOffset(2024, 6, 13, 9, 30, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("https://frontline-ledger.example/2024/06/13/allied-ministers-air-defence-fund/", article.CanonicalUrl);
        Assert.Equal("en-US", article.Language);
    }

    [Fact]
    public void OpenGraph_and_meta_tags_give_the_metadata_when_there_is_no_json_ld()
    {
        var article = extractor.Extract(ArticleFixtures.Text("opengraph-article.html"), null);

        Assert.Equal("Bundestag gibt Mittel für Flugabwehr frei", article.Title);
        Assert.Equal("Jonas Brandt", article.Author);
        Assert.Equal(new DateTimeOffset(2024, 3, 7, 16, 45, 0, TimeSpan.FromHours(1)), article.Published);
        Assert.Equal("https://wehrtechnik.example/artikel/flugabwehr-mittel", article.CanonicalUrl);
        Assert.Equal("de", article.Language);
        Assert.StartsWith("Der Haushaltsausschuss des Bundestages", article.Text);
        Assert.EndsWith("fordern einen eigenen Haushaltstitel dafür.", article.Text);
        Assert.DoesNotContain("Newsletter", article.Text);
        Assert.DoesNotContain("Anmelden", article.Text);
    }

    [Fact]
    public void Time_element_heading_and_rel_author_give_the_metadata_of_a_bare_page()
    {
        var article = extractor.Extract(ArticleFixtures.Text("time-article.html"), null);

        Assert.Equal("Un nouveau contrat pour les frégates", article.Title);
        Assert.Equal("Claire Dumas", article.Author);
        Assert.Equal(new DateTimeOffset(2023, 11, 21, 8, 15, 0, TimeSpan.FromHours(1)), article.Published);
        Assert.Equal("fr", article.Language);
        Assert.Null(article.CanonicalUrl);
        Assert.Equal(
            "Le ministère a signé mardi un contrat portant sur la modernisation de quatre frégates, selon un communiqué publié en fin de journée.\n\n"
            + "Les travaux, répartis sur six ans, concernent surtout les radars et les systèmes de combat, ainsi que la réduction de la consommation de carburant.",
            article.Text);
    }

    [Theory]
    [InlineData("<title>Drones ordered for border guards | Kyiv Ledger</title>", "Drones ordered for border guards")]
    [InlineData("<title>Kyiv Ledger » Drones ordered for border guards</title>", "Drones ordered for border guards")]
    [InlineData("<title>Biden - Zelensky talks</title>", "Biden - Zelensky talks")]
    public void Document_title_loses_its_site_name(string head, string expected)
    {
        Assert.Equal(expected, extractor.Extract($"<html><head>{head}</head><body><p>x</p></body></html>", null).Title);
    }

    [Theory]
    [InlineData("<meta property='og:title' content='Drones ordered for border guards | DW'><meta property='og:site_name' content='Deutsche Welle'>", "Drones ordered for border guards")]
    [InlineData("<title>Drones ordered for border guards - Kyiv Ledger</title></head><body><h1>Navigation</h1>", "Drones ordered for border guards")]
    [InlineData("<title>Drones ordered for border guards - Kyiv Ledger</title></head><body><h1>Drones ordered for border guards</h1>", "Drones ordered for border guards")]
    public void Title_prefers_clean_metadata_and_ignores_navigation_headings(string head, string expected)
    {
        Assert.Equal(expected, extractor.Extract($"<html><head>{head}</head><body><p>x</p></body></html>", null).Title);
    }

    [Theory]
    [InlineData("<a rel='author' href='/u/iwb'>View all posts by IWB</a>", "IWB")]
    [InlineData("<meta name='author' content='Christian Thiele, 07 Dezember, 2022'>", "Christian Thiele")]
    [InlineData("<meta name='author' content='Stefan Häne, Sylvain Besson'>", "Stefan Häne, Sylvain Besson")]
    [InlineData("<meta name='author' content='https://www.facebook.com/someone'><span class='byline'>Von Jonas Brandt</span>", "Jonas Brandt")]
    public void Author_is_cleaned_of_byline_words_dates_and_profile_links(string markup, string expected)
    {
        Assert.Equal(expected, extractor.Extract($"<html><head></head><body>{markup}<p>x</p></body></html>", null).Author);
    }

    [Fact]
    public void Windows_1251_page_declared_in_a_meta_tag_is_decoded_and_extracted()
    {
        var decoded = decoder.Decode(ArticleFixtures.Bytes("windows-1251-meta.html"), "text/html");
        var article = extractor.Extract(decoded.Text, null);

        Assert.Equal("windows-1251", decoded.Charset);
        Assert.StartsWith("Министерство обороны сообщило в среду", article.Text);
        Assert.Contains("расчёты завершили обучение за рубежом.", article.Text);
    }

    [Fact]
    public void Windows_1251_page_declared_only_in_the_header_is_decoded_and_extracted()
    {
        var bytes = ArticleFixtures.Bytes("windows-1251-header.html");

        var withHeader = extractor.Extract(decoder.Decode(bytes, "text/html; charset=windows-1251").Text, null);
        var withoutHeader = extractor.Extract(decoder.Decode(bytes, "text/html").Text, null);

        Assert.StartsWith("Министерство обороны сообщило в среду", withHeader.Text);
        Assert.DoesNotContain("Министерство", withoutHeader.Text);
    }

    [Fact]
    public void Utf8_page_with_byte_order_mark_is_extracted()
    {
        var decoded = decoder.Decode(ArticleFixtures.Bytes("utf8-bom.html"), null);
        var article = extractor.Extract(decoded.Text, null);

        Assert.Equal("utf-8", decoded.Charset);
        Assert.Equal("Zürich", article.Title);
        Assert.StartsWith("Die Schweiz prüft nach Angaben aus Bern", article.Text);
        Assert.DoesNotContain('\uFEFF', article.Text);
    }

    [Fact]
    public void Malformed_html_with_unclosed_tags_still_yields_its_paragraphs()
    {
        var article = extractor.Extract(ArticleFixtures.Text("malformed.html"), null);

        Assert.Equal("Broken page", article.Title);
        Assert.Contains("The first paragraph has an unclosed bold tag and goes on", article.Text);
        Assert.Contains("The second paragraph starts without closing the first one", article.Text);
        Assert.Contains("Third paragraph after a table that was never closed", article.Text);
    }

    [Fact]
    public void Binary_garbage_gives_empty_text()
    {
        var bytes = new byte[200_000];
        new Random(20240613).NextBytes(bytes);

        var article = extractor.Extract(decoder.Decode(bytes, null).Text, null);

        Assert.Equal(string.Empty, article.Text);
        Assert.Null(article.Title);
    }

    [Fact]
    public void Png_served_as_html_gives_empty_text()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. Enumerable.Range(0, 4000).Select(i => (byte)(i * 7919 % 251))];

        Assert.Equal(string.Empty, extractor.Extract(decoder.Decode(png, "text/html").Text, null).Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("<html></html>")]
    [InlineData("<html><body><script>var x = 'no text here';</script></body></html>")]
    public void Empty_input_gives_empty_text(string html)
    {
        var article = extractor.Extract(html, null);

        Assert.Equal(string.Empty, article.Text);
        Assert.Null(article.Published);
    }

    [Fact]
    public void Very_deep_nesting_does_not_overflow_the_stack()
    {
        var html = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            html.Append("<div>");
        }

        html.Append("<p>A paragraph at the bottom of a very deep tree, with commas, clauses, and enough words to be prose.</p>");

        var article = extractor.Extract(html.ToString(), null);

        Assert.Contains("A paragraph at the bottom of a very deep tree", article.Text);
    }

    [Fact]
    public void Five_megabyte_page_is_extracted()
    {
        var html = new StringBuilder("<html><body><nav><a href='/'>Home</a></nav><article>");
        var paragraph = 0;
        while (html.Length < 5_000_000)
        {
            html.Append("<p>Paragraph ").Append(paragraph++).Append(" of a very long report, with several clauses, commas and numbers such as 1,200 and 3,400, so that it reads as prose.</p>\n");
        }

        html.Append("</article></body></html>");

        var article = extractor.Extract(html.ToString(), null);

        Assert.StartsWith("Paragraph 0 of a very long report", article.Text);
        Assert.Contains($"Paragraph {paragraph - 1} of a very long report", article.Text);
        Assert.DoesNotContain("Home", article.Text);
    }
}

using System.Diagnostics;
using System.Text;
using NewsWatch.Feeds;
using NewsWatch.Http;
using NewsWatch.Tests.Http;
using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Feeds;

public sealed class FeedParserTests
{
    private static readonly Uri FeedUrl = new("https://desk.example/feeds/main.xml");

    [Fact]
    public void Rss20_items_with_guid_date_plain_text_and_resolved_links()
    {
        var feed = FeedParser.Parse(FeedFixtures.Read("rss20.xml"), FeedUrl);

        Assert.Equal("Defence Desk", feed.Title);
        Assert.Equal(3, feed.Items.Count);

        var first = feed.Items[0];
        Assert.Equal("https://desk.example/news/germany-pledge?utm_source=rss", first.Link);
        Assert.Equal("desk-1001", first.Guid);
        Assert.Equal("Germany pledges €500 million to Ukraine", first.Title);
        Assert.Equal(new DateTimeOffset(2025, 7, 1, 9, 30, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("Berlin announced a new package on Tuesday.", first.Summary);

        var relative = feed.Items[1];
        Assert.Equal("https://desk.example/news/relative-item", relative.Link);
        Assert.Equal(new DateTimeOffset(2025, 7, 1, 12, 0, 0, TimeSpan.Zero), relative.Published);
        Assert.Null(relative.Summary);

        Assert.Equal("https://desk.example/news/guid-only", feed.Items[2].Link);
    }

    [Fact]
    public void Rss091_with_external_doctype_parses_and_skips_items_without_link()
    {
        var feed = FeedParser.Parse(FeedFixtures.Read("rss091.xml"), FeedUrl);

        Assert.Equal("Ministry Briefings", feed.Title);
        var item = Assert.Single(feed.Items);
        Assert.Equal("https://briefings.example/2025/aid-package", item.Link);
        Assert.Equal("Minister announces new aid package", item.Title);
        Assert.Equal("The package includes & air defence.", item.Summary);
        Assert.Null(item.Published);
    }

    [Fact]
    public void Rss10_reads_dublin_core_dates()
    {
        var feed = FeedParser.Parse(FeedFixtures.Read("rss10.xml"), FeedUrl);

        Assert.Equal("Security Wire", feed.Title);
        Assert.Equal(["https://security.example/a/1", "https://security.example/a/2"], feed.Items.Select(i => i.Link));
        Assert.Equal(new DateTimeOffset(2025, 6, 30, 6, 15, 0, TimeSpan.Zero), feed.Items[0].Published);
        Assert.Equal(new DateTimeOffset(2025, 6, 29, 18, 0, 0, TimeSpan.Zero), feed.Items[1].Published);
        Assert.Equal("Tallinn signs a contract.", feed.Items[0].Summary);
    }

    [Fact]
    public void Atom_uses_alternate_link_published_then_updated_and_html_summary()
    {
        var feed = FeedParser.Parse(FeedFixtures.Read("atom.xml"), new Uri("https://alliance.example/feeds/atom.xml"));

        Assert.Equal("Alliance News", feed.Title);
        Assert.Equal(2, feed.Items.Count);
        var first = feed.Items[0];
        Assert.Equal("https://alliance.example/news/spending-target", first.Link);
        Assert.Equal("urn:alliance:1", first.Guid);
        Assert.Equal(new DateTimeOffset(2025, 6, 25, 8, 0, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("Leaders agreed in The Hague.", first.Summary);

        var second = feed.Items[1];
        Assert.Equal("https://alliance.example/feeds/news/updated-only", second.Link);
        Assert.Equal(new DateTimeOffset(2025, 6, 26, 7, 30, 0, TimeSpan.Zero), second.Published);
        Assert.Equal("Content used as summary", second.Summary);
    }

    [Theory]
    [InlineData("rss20-latin1.xml", "Nachrichten für Militär und Sicherheit", "Größeres Paket für die Ukraine")]
    [InlineData("rss20-cp1251.xml", "Новости", "Москва")]
    [InlineData("rss20-utf16.xml", "Київ", "Україна отримала допомогу")]
    public void Declared_and_marked_encodings_are_honoured(string file, string title, string itemTitle)
    {
        var feed = FeedParser.Parse(FeedFixtures.Read(file), FeedUrl);

        Assert.Equal(title, feed.Title);
        Assert.Equal(itemTitle, feed.Items[0].Title);
    }

    [Fact]
    public void Utf8_bytes_mislabelled_as_latin1_are_read_as_utf8()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Kürzlich: Großbritannien</title><link>https://x.example/</link><description>d</description></channel></rss>";

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), FeedUrl);

        Assert.Equal("Kürzlich: Großbritannien", feed.Title);
    }

    [Fact]
    public void Double_encoded_utf8_text_is_repaired_even_next_to_correct_text()
    {
        // UTF-8 misread as windows-1252 and encoded again, as some real feeds ship it.
        var mangled = string.Concat(Encoding.UTF8.GetBytes("Actualités – Москва").Select(Cp1252Char));
        var xml = $"<rss version=\"2.0\"><channel><title>{mangled} „ok“ Größe</title><link>https://x.example/</link><description>d</description></channel></rss>";

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), FeedUrl);

        Assert.NotEqual("Actualités – Москва", mangled);
        Assert.Equal("Actualités – Москва „ok“ Größe", feed.Title);
    }

    [Fact]
    public void Billion_laughs_is_refused_quickly()
    {
        var watch = Stopwatch.StartNew();

        var ex = Assert.Throws<FeedParseException>(() => FeedParser.Parse(FeedFixtures.Read("billion-laughs.xml"), FeedUrl));

        Assert.Contains("DTD", ex.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Fact]
    public void External_entity_declaration_is_refused()
    {
        var ex = Assert.Throws<FeedParseException>(() => FeedParser.Parse(FeedFixtures.Read("external-entity.xml"), FeedUrl));

        Assert.Contains("DTD", ex.Message);
        Assert.DoesNotContain("root:", ex.Message);
    }

    [Fact]
    public void Entities_from_an_external_dtd_are_never_loaded()
    {
        var ex = Assert.Throws<FeedParseException>(() => FeedParser.Parse(FeedFixtures.Read("external-dtd-entity.xml"), FeedUrl));

        Assert.Contains("remote", ex.Message);
    }

    [Fact]
    public void Malformed_xml_is_a_parse_error()
    {
        var ex = Assert.Throws<FeedParseException>(() => FeedParser.Parse(FeedFixtures.Read("malformed.xml"), FeedUrl));

        Assert.StartsWith("malformed XML", ex.Message);
    }

    [Theory]
    [InlineData("not-a-feed.xml")]
    [InlineData("subscriptions.opml")]
    public void Other_xml_is_not_a_feed(string file)
    {
        var ex = Assert.Throws<FeedParseException>(() => FeedParser.Parse(FeedFixtures.Read(file), FeedUrl));

        Assert.StartsWith("not an RSS or Atom feed", ex.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"version\": \"https://jsonfeed.org/version/1\"}")]
    [InlineData("<html><body>Moved</body>")]
    public void Garbage_is_a_parse_error(string body) =>
        Assert.Throws<FeedParseException>(() => FeedParser.Parse(Encoding.UTF8.GetBytes(body), FeedUrl));

    [Fact]
    public void Rss_without_version_attribute_is_read_as_rss20()
    {
        var xml = "<rss><channel><title>No version</title><link>https://x.example/</link><item><title>A</title><link>https://x.example/a</link></item></channel></rss>";

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), FeedUrl);

        Assert.Equal("https://x.example/a", Assert.Single(feed.Items).Link);
    }

    [Fact]
    public void Control_characters_forbidden_by_xml_are_dropped()
    {
        var xml = "<rss version=\"2.0\"><channel><title>Bad\u000F char\u001C</title><link>https://x.example/</link><description>d</description></channel></rss>";

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), FeedUrl);

        Assert.Equal("Bad char", feed.Title);
    }

    [Fact]
    public async Task Feed_fetched_from_a_real_server_parses_with_its_final_url()
    {
        await using var server = await TestWebServer.StartAsync();
        var body = FeedFixtures.Read("rss20-latin1.xml");
        server.Map("/feed", context => { context.Response.Redirect("/feeds/de.xml"); return Task.CompletedTask; });
        server.Map("/feeds/de.xml", async context =>
        {
            context.Response.ContentType = "application/rss+xml; charset=ISO-8859-1";
            await context.Response.Body.WriteAsync(body);
        });
        using var host = FetcherHost.Create();

        var fetched = await host.Fetcher.FetchAsync(new FetchRequest(server.Url("/feed"), host.Options.MaxFeedBytes), CancellationToken.None);
        var feed = FeedParser.Parse(fetched.Body, fetched.FinalUrl);

        Assert.Equal(FetchOutcome.Ok, fetched.Outcome);
        Assert.Equal("Größeres Paket für die Ukraine", feed.Items[0].Title);
    }

    /// <summary>How windows-1252 shows a byte; the five bytes it leaves undefined show as C1 controls.</summary>
    private static char Cp1252Char(byte b)
    {
        var c = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString([b])[0];
        return c is '?' or '\uFFFD' && b != (byte)'?' ? (char)b : c;
    }

    private static readonly Uri HtmlEntityFeedUrl = new("https://entities.example/feed.xml");

    [Fact]
    public void Html_named_entities_without_a_DTD_are_read_as_browsers_read_them()
    {
        const string xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Caf&eacute;&nbsp;news &amp; views</title><link>https://entities.example/</link>
            <item><title>R&eacute;sum&eacute; &mdash; <![CDATA[kept &nbsp; literal]]></title><link>https://entities.example/a</link></item>
            </channel></rss>
            """;
        var feed = FeedParser.Parse(System.Text.Encoding.UTF8.GetBytes(xml), HtmlEntityFeedUrl);
        Assert.Equal("Café news & views", feed.Title);
        Assert.Equal("Résumé \u2014 kept literal", Assert.Single(feed.Items).Title);
    }

    [Fact]
    public void Rss_without_a_channel_is_a_clear_error()
    {
        var ex = Assert.Throws<FeedParseException>(() => FeedParser.Parse("<rss version=\"2.0\"><item/></rss>"u8.ToArray(), HtmlEntityFeedUrl));
        Assert.Contains("no <channel>", ex.Message);
    }

    [Fact]
    public void A_document_nested_deeper_than_the_limit_is_refused_before_a_tree_is_built()
    {
        var depth = 100_000;
        var xml = "<rss version=\"2.0\"><channel>" + string.Concat(Enumerable.Repeat("<x>", depth)) + string.Concat(Enumerable.Repeat("</x>", depth)) + "</channel></rss>";
        var ex = Assert.Throws<FeedParseException>(() => FeedParser.Parse(System.Text.Encoding.UTF8.GetBytes(xml), HtmlEntityFeedUrl));
        Assert.Contains("nested deeper", ex.Message);
    }
}

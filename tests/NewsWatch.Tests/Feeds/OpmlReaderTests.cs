using System.Text;
using NewsWatch.Feeds;

namespace NewsWatch.Tests.Feeds;

public sealed class OpmlReaderTests
{
    [Fact]
    public void Nested_outlines_are_read_in_order_once_each()
    {
        var feeds = OpmlReader.Read(FeedFixtures.Read("subscriptions.opml"));

        Assert.Equal(
            [
                new OpmlFeed("Top level", new Uri("https://top.example/feed.xml")),
                new OpmlFeed("Only a title", new Uri("https://europe.example/rss")),
                new OpmlFeed("nameless.example", new Uri("https://nameless.example/atom.xml")),
            ],
            feeds);
    }

    [Fact]
    public void A_publisher_attribute_names_the_government_behind_a_feed()
    {
        const string opml = """
            <?xml version="1.0"?><opml version="2.0"><body>
            <outline text="UK Government news" xmlUrl="https://www.gov.example/news.atom" publisher="GB"/>
            <outline text="A newspaper" xmlUrl="https://paper.example/rss" publisher=" "/>
            </body></opml>
            """;
        var feeds = OpmlReader.Read(Encoding.UTF8.GetBytes(opml));
        Assert.Equal(["GB", null], feeds.Select(f => f.Publisher));
    }

    [Fact]
    public void Opml_with_entities_is_refused() =>
        Assert.Throws<FeedParseException>(() => OpmlReader.Read(Encoding.UTF8.GetBytes(
            "<!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><opml><body><outline text=\"&x;\" xmlUrl=\"https://a.example/\"/></body></opml>")));

    [Fact]
    public void A_feed_is_not_opml()
    {
        var ex = Assert.Throws<FeedParseException>(() => OpmlReader.Read(FeedFixtures.Read("rss20.xml")));

        Assert.Contains("not an OPML document", ex.Message);
    }
}

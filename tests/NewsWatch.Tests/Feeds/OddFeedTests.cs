using NewsWatch.Feeds;

namespace NewsWatch.Tests.Feeds;

/// <summary>
/// Feeds written for this suite (Fixtures/Feeds/Odd), each odd in a way real feeds are and a lenient
/// reader such as Python's feedparser accepts: every version from RSS 0.90 to Atom 1.0 and JSON Feed,
/// declared and actual encodings that differ, BOMs, blank lines before the declaration, xml:base,
/// missing titles and dates, odd dates, namespaces, HTML entities and bare ampersands.
/// </summary>
public sealed class OddFeedTests
{
    private static readonly Uri FeedUrl = new("http://feeds.example/dir/feed.xml");

    private static ParsedFeed Parse(string name) => FeedParser.Parse(FeedFixtures.Read(Path.Combine("Odd", name)), FeedUrl);

    /// <summary>File, feed title, then each item as "link | title" (title empty when the item has none).</summary>
    public static TheoryData<string, string?, string[]> Feeds => new()
    {
        { "rss090.xml", "Harbour Notes", ["http://harbour.example/tugs.html | Tug fleet renewed", "http://harbour.example/quay.html | Quay wall repaired"] },
        { "rss091-doctype.xml", "Coastal Watch", ["http://coast.example/patrol.html | Patrol boat launched"] },
        { "rss092-no-titles.xml", "Bulletin", ["http://bulletin.example/1 | ", "http://bulletin.example/2 | "] },
        { "rss10-dc-content.xml", "RDF Desk", ["http://rdf.example/a | Frigate order signed"] },
        { "rss20-cdata.xml", "Defence", ["http://daily.example/radar?a=1&b=2 | Radar & sonar upgrade"] },
        { "rss20-windows1252.xml", "Café Briefing", ["http://cafe.example/q.html | \u201cQuoted\u201d minister \u2013 statement"] },
        { "rss20-latin1-declared-utf8-actual.xml", "München Report", ["http://muc.example/geneve.html | Genève talks resume"] },
        { "rss20-utf16le-bom.xml", "Sixteen", ["http://sixteen.example/k.html | \u0417\u0432\u0456\u0442 Kyiv"] },
        { "rss20-utf16be-bom.xml", "Sixteen BE", ["http://sixteen.example/be.html | Big endian"] },
        { "rss20-bom-leading-whitespace.xml", "Spaced", ["http://spaced.example/1.html | After blank lines"] },
        { "atom03.xml", "Old Atom", ["http://atom03.example/1 | First entry", "http://atom03.example/2 | Second entry"] },
        { "atom10-xmlbase.xml", "Based", ["http://base.example/news/one.html | Relative to the feed base", "http://other.example/archive/two.html | Relative to the entry base"] },
        { "atom10-missing-titles-dates.xml", null, ["http://sparse.example/a | ", "http://sparse.example/b | Bold only", "http://sparse.example/c | XHTML title"] },
        { "rss20-odd-dates.xml", "Dates", ["http://dates.example/1 | ISO date", "http://dates.example/2 | No weekday", "http://dates.example/3 | Named zone", "http://dates.example/4 | Garbage date", "http://dates.example/5 | No date"] },
        { "rss20-media-namespaces.xml", "Media", ["http://media.example/v.html | Video report"] },
        { "rss20-html-entities.xml", "Entities Desk", ["http://ent.example/1 | Ministère — déclaration…"] },
        { "rss20-no-version.xml", "Versionless", ["http://nov.example/1 | One"] },
        { "rss20-relative-links.xml", "Relative", ["http://feeds.example/news/1.html | Rooted", "http://feeds.example/dir/2.html | Sibling"] },
        { "rss20-guid-only.xml", "Guids", ["http://guid.example/p/1 | Permalink guid", "http://guid.example/p/2 | Explicit permalink"] },
        { "rss20-bare-ampersand.xml", "AT&T & Partners", ["http://amp.example/r?x=1&y=2 | R&D budget up"] },
        { "rss20-undeclared-prefix.xml", "Prefixes", ["http://prefix.example/1 | Undeclared dc"] },
        { "feed.json", "JSON Desk", ["https://json.example/1 | Drone deal", "http://feeds.example/2 | ", "https://elsewhere.example/3 | External"] },
    };

    [Theory]
    [MemberData(nameof(Feeds))]
    public void Each_odd_feed_parses_with_its_items(string file, string? title, string[] items)
    {
        var feed = Parse(file);
        Assert.Equal(title, feed.Title);
        Assert.Equal(items, feed.Items.Select(i => $"{i.Link} | {i.Title}"));
    }

    [Fact]
    public void Every_feed_in_the_folder_is_in_the_suite()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Feeds", "Odd")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(files, Feeds.Select(row => (string)row[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Dates_in_the_usual_odd_forms_are_read_and_garbage_is_left_empty()
    {
        var published = Parse("rss20-odd-dates.xml").Items.Select(i => i.Published).ToList();
        var nine = new DateTimeOffset(2024, 6, 13, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal([nine, nine, nine, null, null], published);
    }

    [Fact]
    public void Namespaced_dates_and_json_dates_are_read()
    {
        Assert.Equal(new DateTimeOffset(2024, 6, 13, 7, 0, 0, TimeSpan.Zero), Assert.Single(Parse("rss10-dc-content.xml").Items).Published);
        Assert.Equal(new DateTimeOffset(2024, 6, 13, 9, 0, 0, TimeSpan.Zero), Assert.Single(Parse("rss20-media-namespaces.xml").Items).Published);
        Assert.Equal(new DateTimeOffset(2004, 6, 13, 9, 0, 0, TimeSpan.Zero), Parse("atom03.xml").Items[0].Published);
        Assert.Equal(new DateTimeOffset(2024, 6, 13, 9, 0, 0, TimeSpan.Zero), Parse("feed.json").Items[0].Published);
    }
}

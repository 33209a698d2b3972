using System.Xml.Linq;
using NewsWatch.Http;

namespace NewsWatch.Feeds;

/// <summary>
/// Reads feed subscriptions from OPML (as exported by feed readers), through the same safe XML
/// pass as feeds. Every outline with an <c>xmlUrl</c>, however deeply nested in folders, is a feed.
/// </summary>
public static class OpmlReader
{
    /// <summary>
    /// The feeds in document order, each URL once. Outlines whose <c>xmlUrl</c> is not an absolute
    /// http(s) URL are skipped. Title: <c>text</c>, else <c>title</c>, else the URL's host.
    /// </summary>
    /// <exception cref="FeedParseException">Malformed XML, a DTD, or not an OPML document.</exception>
    public static IReadOnlyList<OpmlFeed> Read(byte[] content)
    {
        var root = SafeXml.LoadRoot(content);
        if (!root.Name.LocalName.Equals("opml", StringComparison.OrdinalIgnoreCase))
        {
            throw new FeedParseException($"not an OPML document: the root element is <{root.Name.LocalName}>");
        }

        var feeds = new List<OpmlFeed>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var outline in root.Descendants().Where(e => e.Name.LocalName.Equals("outline", StringComparison.OrdinalIgnoreCase)))
        {
            var xmlUrl = Attribute(outline, "xmlUrl");
            if (xmlUrl is null || !Uri.TryCreate(xmlUrl, UriKind.Absolute, out var url) || !HttpFetcher.IsHttpUrl(url) || !seen.Add(url.AbsoluteUri))
            {
                continue;
            }

            var title = PlainText.FromHtml(Attribute(outline, "text")) ?? PlainText.FromHtml(Attribute(outline, "title")) ?? url.Host;
            var publisher = Attribute(outline, "publisher")?.Trim();
            feeds.Add(new OpmlFeed(title, url, string.IsNullOrEmpty(publisher) ? null : publisher));
        }

        return feeds;
    }

    /// <summary>Attribute names are matched ignoring case: exporters write xmlUrl, xmlurl and XMLURL.</summary>
    private static string? Attribute(XElement element, string name) =>
        element.Attributes().FirstOrDefault(a => a.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value.Trim() is { Length: > 0 } value ? value : null;
}

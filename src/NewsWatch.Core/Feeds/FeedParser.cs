using System.Xml.Linq;
using CodeHollow.FeedReader.Feeds;
using NewsWatch.Common;
using NewsWatch.Http;
using Reader = CodeHollow.FeedReader.FeedReader;

namespace NewsWatch.Feeds;

/// <summary>
/// Parses RSS 0.90/0.91/0.92/1.0/2.0 and Atom 0.3/1.0 documents with CodeHollow.FeedReader, after
/// <see cref="SafeXml"/> has decoded the bytes and refused DTDs, so the library only ever sees a
/// clean, already well-formed document; JSON Feeds with <see cref="JsonFeedReader"/>. Pure: no state, no I/O.
/// </summary>
public static class FeedParser
{
    private static readonly XName[] FeedRoots = [XName.Get("rss"), XName.Get("RDF", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"), XName.Get("feed", "http://www.w3.org/2005/Atom")];

    /// <summary>Parses <paramref name="body"/>; item links are resolved against <paramref name="feedUrl"/>.</summary>
    /// <param name="deadline">A time budget: checked node by node while reading and item by item after, so an
    /// expensive document stops within one step of it instead of running on in the background.</param>
    /// <exception cref="FeedParseException">Malformed XML, a DTD, or not an RSS/Atom document.</exception>
    /// <exception cref="TimeBudgetExceededException">The budget ran out.</exception>
    /// <exception cref="OperationCanceledException">The deadline's token was cancelled.</exception>
    public static ParsedFeed Parse(byte[] body, Uri feedUrl, Deadline deadline = default)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        ArgumentNullException.ThrowIfNull(body);
        if (JsonFeedReader.LooksLikeJson(body))
        {
            return ParseJson(body, feedUrl, deadline);
        }

        var root = SafeXml.LoadRoot(body, deadline);
        if (!Array.Exists(FeedRoots, n => string.Equals(n.LocalName, root.Name.LocalName, StringComparison.OrdinalIgnoreCase)))
        {
            throw new FeedParseException($"not an RSS or Atom feed: the root element is <{root.Name.LocalName}>");
        }

        if (root.Name.LocalName.Equals("rss", StringComparison.OrdinalIgnoreCase)
            && !root.Elements().Any(e => e.Name.LocalName.Equals("channel", StringComparison.OrdinalIgnoreCase)))
        {
            throw new FeedParseException("not a readable RSS feed: <rss> has no <channel>");
        }

        // The library reads the version attribute unconditionally; feeds that omit it are RSS 2.0 in practice.
        if (root.Name.LocalName.Equals("rss", StringComparison.OrdinalIgnoreCase) && root.Attribute("version") is null)
        {
            root.SetAttributeValue("version", "2.0");
        }

        XmlBase.ResolveLinks(root, feedUrl, deadline);
        deadline.ThrowIfExpired();
        CodeHollow.FeedReader.Feed feed;
        try
        {
            feed = Reader.ReadFromString(root.ToString(SaveOptions.DisableFormatting));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new FeedParseException($"not a readable RSS or Atom feed: {ex.Message}", ex);
        }

        var items = new List<FeedItem>(feed.Items.Count);
        foreach (var item in feed.Items)
        {
            deadline.ThrowIfExpired();
            if (ToItem(item, feedUrl) is { } parsed)
            {
                items.Add(parsed);
            }
        }

        return new ParsedFeed(PlainText.FromHtml(feed.Title), items);
    }

    private static ParsedFeed ParseJson(byte[] body, Uri feedUrl, Deadline deadline)
    {
        var (title, raw) = JsonFeedReader.Read(body, deadline);
        var items = new List<FeedItem>(raw.Count);
        foreach (var item in raw)
        {
            if ((ResolveLink(item.Url, feedUrl) ?? ResolveLink(item.Id, feedUrl, absoluteOnly: true)) is { } link)
            {
                var guid = string.IsNullOrWhiteSpace(item.Id) ? null : item.Id.Trim();
                items.Add(new FeedItem(link, guid, PlainText.FromHtml(item.Title), JsonFeedReader.ParseDate(item.Published), PlainText.FromHtml(item.Summary)));
            }
        }
        return new ParsedFeed(PlainText.FromHtml(title), items);
    }

    private static FeedItem? ToItem(CodeHollow.FeedReader.FeedItem item, Uri feedUrl)
    {
        var link = ResolveLink(LinkOf(item), feedUrl) ?? ResolveLink(item.Id, feedUrl, absoluteOnly: true);
        if (link is null)
        {
            return null;
        }

        var guid = string.IsNullOrWhiteSpace(item.Id) ? null : item.Id.Trim();
        var summary = PlainText.FromHtml(string.IsNullOrWhiteSpace(item.Description) ? item.Content : item.Description);
        return new FeedItem(link, guid, PlainText.FromHtml(item.Title), PublishedOf(item), summary);
    }

    private static string? LinkOf(CodeHollow.FeedReader.FeedItem item)
    {
        if (item.SpecificItem is AtomFeedItem atom && atom.Links is { Count: > 0 } links)
        {
            // The entry's page is its "alternate" link (rel omitted means alternate), not "self" or "enclosure".
            var alternate = links.FirstOrDefault(l => (string.IsNullOrEmpty(l.Relation) || l.Relation == "alternate") && !string.IsNullOrWhiteSpace(l.Href));
            if (alternate is not null)
            {
                return alternate.Href;
            }
        }

        return item.Link;
    }

    private static DateTimeOffset? PublishedOf(CodeHollow.FeedReader.FeedItem item)
    {
        var date = item.PublishingDate ?? item.SpecificItem switch
        {
            AtomFeedItem atom => atom.UpdatedDate,
            Rss20FeedItem rss => rss.DC?.Date,
            MediaRssFeedItem media => media.DC?.Date,
            Rss10FeedItem rdf => rdf.DC?.Date,
            _ => null,
        };
        return date is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)) : FeedDate.Parse(item.PublishingDateString);
    }

    private static string? ResolveLink(string? raw, Uri feedUrl, bool absoluteOnly = false)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var text = raw.Trim();
        Uri? resolved;
        if (Uri.TryCreate(text, UriKind.Absolute, out var absolute) && !absolute.IsFile)
        {
            resolved = absolute;
        }
        else if (absoluteOnly || !Uri.TryCreate(feedUrl, text, out resolved))
        {
            return null;
        }

        return HttpFetcher.IsHttpUrl(resolved) ? resolved.AbsoluteUri : null;
    }
}

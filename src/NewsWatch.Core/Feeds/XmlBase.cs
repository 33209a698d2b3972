using System.Xml.Linq;
using NewsWatch.Common;

namespace NewsWatch.Feeds;

/// <summary>
/// Applies <c>xml:base</c> (on the feed, an entry, or the link itself) to relative links, which the feed
/// library ignores, so they would otherwise be resolved against the feed's own URL. Runs only on documents
/// that use xml:base; each base is resolved against the one above it, the outermost against the feed URL.
/// </summary>
internal static class XmlBase
{
    private static readonly XName Base = XNamespace.Xml + "base";

    public static void ResolveLinks(XElement root, Uri feedUrl, Deadline deadline)
    {
        if (root.DescendantsAndSelf().Any(e => e.Attribute(Base) is not null))
            Walk(root, feedUrl, deadline);
    }

    // Recursion is bounded: SafeXml refuses documents nested deeper than 256 elements.
    private static void Walk(XElement element, Uri parentBase, Deadline deadline)
    {
        deadline.ThrowIfExpired();
        var current = element.Attribute(Base)?.Value is { } value && Uri.TryCreate(parentBase, value.Trim(), out var based) ? based : parentBase;
        if (element.Name.LocalName == "link")
        {
            if (element.Attribute("href") is { } href)
            {
                if (Uri.TryCreate(current, href.Value.Trim(), out var absolute)) href.Value = absolute.AbsoluteUri;
            }
            else if (!element.HasElements && element.Value.Trim() is { Length: > 0 } text && Uri.TryCreate(current, text, out var absolute))
            {
                element.Value = absolute.AbsoluteUri;
            }
        }
        foreach (var child in element.Elements())
            Walk(child, current, deadline);
    }
}

using System.Text;
using System.Text.RegularExpressions;

namespace NewsWatch.Feeds;

/// <summary>
/// Repairs three mistakes real feeds make that a strict XML reader refuses but browsers and lenient feed
/// readers (Python's feedparser) accept: blank lines before the XML declaration, a bare <c>&amp;</c>
/// ("AT&amp;T", query strings), and a well-known prefix (<c>dc:</c>, <c>media:</c>) used without its
/// namespace declaration. Each repair is one linear pass, and text inside CDATA sections is left alone.
/// </summary>
internal static partial class LenientXml
{
    /// <summary>The namespaces feeds use by habit, for prefixes a feed forgot to declare.</summary>
    private static readonly (string Prefix, string Uri)[] KnownPrefixes =
    [
        ("dc", "http://purl.org/dc/elements/1.1/"),
        ("content", "http://purl.org/rss/1.0/modules/content/"),
        ("media", "http://search.yahoo.com/mrss/"),
        ("atom", "http://www.w3.org/2005/Atom"),
        ("itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd"),
        ("slash", "http://purl.org/rss/1.0/modules/slash/"),
        ("wfw", "http://wellformedweb.org/CommentAPI/"),
        ("sy", "http://purl.org/rss/1.0/modules/syndication/"),
        ("georss", "http://www.georss.org/georss"),
        ("feedburner", "http://rssnamespace.org/feedburner/ext/1.0"),
    ];

    public static string Repair(string text) => DeclareKnownPrefixes(EscapeBareAmpersands(text.TrimStart()));

    /// <summary>An <c>&amp;</c> that starts no entity or character reference becomes <c>&amp;amp;</c>.</summary>
    private static string EscapeBareAmpersands(string text)
    {
        if (!text.Contains('&', StringComparison.Ordinal)) return text;
        var builder = new StringBuilder(text.Length);
        var position = 0;
        while (text.IndexOf("<![CDATA[", position, StringComparison.Ordinal) is var start and >= 0)
        {
            var end = text.IndexOf("]]>", start, StringComparison.Ordinal);
            if (end < 0) break;
            builder.Append(BareAmpersand().Replace(text[position..start], "&amp;")).Append(text, start, end + 3 - start);
            position = end + 3;
        }
        return builder.Append(BareAmpersand().Replace(text[position..], "&amp;")).ToString();
    }

    /// <summary>Declarations for the known prefixes the document uses but never declares, added to its root element.</summary>
    private static string DeclareKnownPrefixes(string text)
    {
        var missing = new StringBuilder();
        foreach (var (prefix, uri) in KnownPrefixes)
        {
            if (text.Contains($"<{prefix}:", StringComparison.Ordinal) && !text.Contains($"xmlns:{prefix}=", StringComparison.Ordinal))
                missing.Append(" xmlns:").Append(prefix).Append("=\"").Append(uri).Append('"');
        }
        if (missing.Length == 0) return text;
        var root = RootStartTagName().Match(text);
        return root.Success ? text.Insert(root.Index + root.Length, missing.ToString()) : text;
    }

    [GeneratedRegex(@"&(?!#[0-9]{1,8};|#[xX][0-9a-fA-F]{1,8};|[A-Za-z][A-Za-z0-9._-]{0,63};)", RegexOptions.CultureInvariant)]
    private static partial Regex BareAmpersand();

    /// <summary>The first element's start tag name (after the declaration, a DOCTYPE, comments and PIs).</summary>
    [GeneratedRegex(@"<(?![?!])[A-Za-z_][\w.:-]*", RegexOptions.CultureInvariant)]
    private static partial Regex RootStartTagName();
}

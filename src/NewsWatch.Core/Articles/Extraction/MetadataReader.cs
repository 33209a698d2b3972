using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsWatch.Articles.Extraction;

/// <summary>
/// Reads title, author, publication time, canonical link and language, each from the most
/// reliable source the page offers: JSON-LD, then OpenGraph and other meta tags, then markup
/// (<c>h1</c>, <c>rel=author</c>, <c>&lt;time datetime&gt;</c>).
/// </summary>
internal static partial class MetadataReader
{
    private const int MaxAuthorLength = 120;

    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "published_time",
        "datepublished", "pubdate", "publishdate", "publish_date", "publish-date", "publication_date",
        "parsely-pub-date", "sailthru.date", "article.published", "dc.date.issued", "dcterms.issued",
        "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "date", "release_date",
        "originalpublicationdate", "article_date_original", "cxenseparse:recs:publishtime",
    ];

    private static readonly string[] AuthorMetaNames =
    [
        "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
        "byl", "twitter:creator",
    ];

    public static PageMetadata Read(IDocument document, Uri? url)
    {
        var meta = ReadMetaTags(document);
        var jsonLd = JsonLdReader.Read(document);
        return new PageMetadata(
            Title(document, meta, jsonLd),
            Author(document, meta, jsonLd),
            Published(document, meta, jsonLd),
            Canonical(document, meta, url),
            Language(document, meta, jsonLd));
    }

    private static Dictionary<string, string> ReadMetaTags(IDocument document)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name")
                ?? element.GetAttribute("itemprop") ?? element.GetAttribute("http-equiv");
            var content = element.GetAttribute("content");
            if (!string.IsNullOrWhiteSpace(key) && !string.IsNullOrWhiteSpace(content))
            {
                meta.TryAdd(key.Trim(), Dom.NormalizeSpace(content));
            }
        }

        return meta;
    }

    private static string? Title(IDocument document, Dictionary<string, string> meta, JsonLdArticle? jsonLd)
    {
        meta.TryGetValue("og:site_name", out var siteName);
        var candidate = Meta(meta, "og:title") ?? Meta(meta, "twitter:title") ?? NonEmpty(jsonLd?.Headline);
        if (candidate is not null)
        {
            return TitleCleaner.WithoutShortSuffix(TitleCleaner.WithoutSiteName(candidate, siteName));
        }

        var heading = document.QuerySelector("h1") is { } h1 ? NonEmpty(Dom.NormalizedText(h1)) : null;
        var title = NonEmpty(Dom.NormalizeSpace(document.Title ?? string.Empty));
        if (title is null)
        {
            return heading;
        }

        // The first h1 is the headline only if the document title agrees; on many pages it is
        // the site logo or a navigation label.
        if (heading is not null && title.Contains(heading, StringComparison.OrdinalIgnoreCase))
        {
            return heading;
        }

        return TitleCleaner.FromDocumentTitle(TitleCleaner.WithoutSiteName(title, siteName), heading);
    }

    private static string? Author(IDocument document, Dictionary<string, string> meta, JsonLdArticle? jsonLd)
    {
        var author = CleanAuthor(jsonLd?.Author);
        foreach (var name in AuthorMetaNames)
        {
            author ??= CleanAuthor(Meta(meta, name));
        }

        author ??= CleanAuthor(document.QuerySelector("a[rel~=author], link[rel~=author][title]") is { } rel
            ? rel.GetAttribute("title") ?? Dom.NormalizedText(rel)
            : null);
        if (author is null && document.QuerySelector("[itemprop~=author]") is { } item)
        {
            var name = item.QuerySelector("[itemprop~=name]");
            author = CleanAuthor(item.GetAttribute("content") ?? name?.GetAttribute("content") ?? Dom.NormalizedText(name ?? item));
        }

        if (author is null && document.QuerySelector(".byline, .author, [class*=byline], [class*=author-name]") is { } byline)
        {
            author = CleanAuthor(Dom.NormalizedText(byline));
        }

        return author;
    }

    private static string? CleanAuthor(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = ByPrefix().Replace(Dom.NormalizeSpace(value), string.Empty);
        text = TrailingDate().Replace(text, string.Empty).Trim().TrimEnd(',', ';', '|', '-', '·').Trim();
        // Profile links and handles are not names.
        if (text.Length == 0 || text.Length > MaxAuthorLength || text.Contains("://", StringComparison.Ordinal)
            || text.StartsWith('@') || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return text;
    }

    private static DateTimeOffset? Published(IDocument document, Dictionary<string, string> meta, JsonLdArticle? jsonLd)
    {
        var published = DateParser.Parse(jsonLd?.DatePublished);
        foreach (var name in DateMetaNames)
        {
            published ??= DateParser.Parse(Meta(meta, name));
        }

        if (published is null && document.QuerySelector("[itemprop~=datePublished]") is { } item)
        {
            published = DateParser.Parse(item.GetAttribute("content") ?? item.GetAttribute("datetime") ?? item.TextContent);
        }

        if (published is null)
        {
            // A <time> inside the article is more likely its own date than one in a sidebar teaser.
            var time = document.QuerySelector("article time[datetime]") ?? document.QuerySelector("time[pubdate][datetime]")
                ?? document.QuerySelector("time[datetime]");
            published = DateParser.Parse(time?.GetAttribute("datetime"));
        }

        return published;
    }

    private static string? Canonical(IDocument document, Dictionary<string, string> meta, Uri? url)
    {
        var href = document.QuerySelector("link[rel~=canonical][href]")?.GetAttribute("href") ?? Meta(meta, "og:url");
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        href = href.Trim();
        Uri? absolute;
        if (url is not null && url.IsAbsoluteUri)
        {
            Uri.TryCreate(url, href, out absolute);
        }
        else
        {
            Uri.TryCreate(href, UriKind.Absolute, out absolute);
        }

        return absolute is not null && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps)
            ? absolute.AbsoluteUri
            : null;
    }

    private static string? Language(IDocument document, Dictionary<string, string> meta, JsonLdArticle? jsonLd)
    {
        string?[] candidates =
        [
            document.DocumentElement?.GetAttribute("lang"),
            document.DocumentElement?.GetAttribute("xml:lang"),
            Meta(meta, "content-language"),
            Meta(meta, "language"),
            jsonLd?.Language,
            Meta(meta, "og:locale"),
        ];
        foreach (var candidate in candidates)
        {
            var tag = candidate?.Trim().Replace('_', '-');
            if (tag is not null && LanguageTag().IsMatch(tag))
            {
                return tag;
            }
        }

        return null;
    }

    private static string? Meta(Dictionary<string, string> meta, string name)
        => meta.TryGetValue(name, out var value) ? NonEmpty(value) : null;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^(?:(?:view\s+)?(?:all\s+)?(?:posts|articles|stories)\s+by|more\s+(?:from|by)|(?:alle\s+)?(?:beiträge|artikel)\s+von|written\s+by|author:?|autor(?:in)?:?|by|von|par|por|di|door|av)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    /// <summary>A date glued to a byline ("Jane Doe, 07 December 2022", "Jane Doe | 7.12.2022").</summary>
    [GeneratedRegex(@"\s*[,|·–-]\s*\d.*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingDate();

    [GeneratedRegex("^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}

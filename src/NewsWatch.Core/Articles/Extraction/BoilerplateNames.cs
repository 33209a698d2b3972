using System.Collections.Frozen;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsWatch.Articles.Extraction;

/// <summary>
/// Recognises page furniture by its class, id and ARIA role. Each class name (and the id) is
/// split into words (<c>post-share__buttons</c> → post, share, buttons; <c>relatedArticles</c> →
/// relatedarticles) that are compared with whole words and with word beginnings, so that
/// <c>address</c> is not taken for an advert and <c>sharebar</c> is taken for a share bar; the
/// name with its separators squashed (<c>author-box</c> → authorbox) is searched for a few
/// distinctive stems.
/// </summary>
internal static partial class BoilerplateNames
{
    private static readonly FrozenSet<string> CertainWords = new[]
    {
        "comment", "comments", "disqus", "respond", "reply", "replies", "kommentare", "kommentar",
        "related", "newsletter", "cookie", "cookies", "consent", "gdpr", "outbrain", "taboola",
        "plista", "recommended", "licence", "license", "lizenz",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] CertainPrefixes =
    [
        "comment", "disqus", "kommentar", "related", "newsletter", "cookie", "consent", "gdpr", "recommend",
        "outbrain", "taboola", "authorbio", "authorbox", "authorinfo",
    ];

    /// <summary>Stems searched inside the squashed class name.</summary>
    private static readonly string[] CertainStems =
    [
        "authorbox", "authorbio", "aboutauthor", "authorinfo", "saboxplugin", "relatedpost", "relatedarticle",
        "morearticles", "weitereartikel", "socialshare", "sharebutton", "sharebar", "minibio", "nextpost",
        "prevpost", "previouspost", "nextstory", "postnavigation",
    ];

    private static readonly FrozenSet<string> StrongWords = new[]
    {
        "ad", "ads", "adv", "advert", "advertisement", "anzeige", "werbung", "banner", "byline", "popup",
        "modal", "overlay", "sidebar", "footer", "menu", "masthead", "share", "shares", "social", "promo",
        "breadcrumb", "breadcrumbs", "pagination", "pager", "login", "subscribe", "signup", "skip",
        "toolbar", "topbar", "rating", "ratings", "sponsor", "sponsored", "sns", "rss", "nav", "navi", "jump",
        "offscreen", "sronly", "screenreader", "copyright", "imprint", "impressum", "tooltip", "cta", "toc",
        "bio", "affiliate", "flyout",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] StrongPrefixes =
    [
        "share", "sharing", "social", "promo", "sidebar", "breadcrumb", "navig", "navbar", "menu", "footer",
        "advert", "sponsor", "subscri", "pagina", "trending", "byline", "masthead", "follow", "postmeta",
        "entrymeta", "articlemeta", "banner", "popup", "modal", "skiplink", "screenreader",
    ];

    private static readonly FrozenSet<string> WeakWords = new[]
    {
        "meta", "metadata", "tags", "tag", "tagged", "date", "time", "timestamp", "dateline", "author",
        "print", "hidden", "hide", "header", "categories", "category", "mobile", "sticky", "search",
        "widget", "widgets", "caption", "credit", "credits", "visually",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ContentWords = new[]
    {
        "content", "entry", "article", "post", "story", "body", "text", "main", "blog", "artikel", "inhalt",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Roles = new[]
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
        "alertdialog", "toolbar", "tablist",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <param name="namedContent">Whether one of the names calls the element content (<c>entry-content</c>)
    /// without also naming furniture (<c>related-posts</c> is not content).</param>
    public static BoilerplateKind Classify(IElement element, out bool namedContent)
    {
        namedContent = false;
        var kind = BoilerplateKind.None;
        var role = element.GetAttribute("role");
        if (role is not null && Roles.Contains(role.Trim()))
        {
            kind = BoilerplateKind.Strong;
        }

        foreach (var name in Names(element))
        {
            var nameKind = ClassifyName(name, out var content);
            namedContent |= content && nameKind == BoilerplateKind.None;
            if (nameKind > kind)
            {
                kind = nameKind;
            }
        }

        return kind;
    }

    private static IEnumerable<string> Names(IElement element)
    {
        foreach (var name in element.ClassList)
        {
            yield return name;
        }

        if (!string.IsNullOrEmpty(element.Id))
        {
            yield return element.Id;
        }
    }

    private static BoilerplateKind ClassifyName(string name, out bool content)
    {
        content = false;
        var kind = BoilerplateKind.None;
        // In BEM names the part after "--" is a modifier, a property rather than the identity of
        // the element (TestReport__Section--Ads is a review section that has ads in it): its
        // words count one degree weaker.
        var modifierStart = name.IndexOf("--", StringComparison.Ordinal);
        foreach (Match match in WordPattern().Matches(name))
        {
            var word = match.Value.ToLowerInvariant();
            content |= ContentWords.Contains(word);
            var wordKind = ClassifyWord(word);
            if (modifierStart >= 0 && match.Index > modifierStart && wordKind > BoilerplateKind.None)
            {
                wordKind--;
            }

            if (wordKind > kind)
            {
                kind = wordKind;
            }
        }

        if (kind < BoilerplateKind.Certain)
        {
            var squashed = NonAlphanumeric().Replace(name, string.Empty).ToLowerInvariant();
            foreach (var stem in CertainStems)
            {
                if (squashed.Contains(stem, StringComparison.Ordinal))
                {
                    return BoilerplateKind.Certain;
                }
            }
        }

        return kind;
    }

    private static BoilerplateKind ClassifyWord(string word)
    {
        // "commentary" is an article genre, not a comment section.
        if (CertainWords.Contains(word) || (StartsWithAny(word, CertainPrefixes) && !word.StartsWith("commentar", StringComparison.Ordinal)))
        {
            return BoilerplateKind.Certain;
        }

        if (StrongWords.Contains(word) || StartsWithAny(word, StrongPrefixes))
        {
            return BoilerplateKind.Strong;
        }

        return WeakWords.Contains(word) ? BoilerplateKind.Weak : BoilerplateKind.None;
    }

    private static bool StartsWithAny(string word, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("[A-Za-z0-9]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex NonAlphanumeric();
}

using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsWatch.Articles.Extraction;

/// <summary>
/// Recognises page furniture by its class, id and ARIA role. Class and id values are split into
/// words (<c>post-share__buttons</c> → post, share, buttons; <c>relatedArticles</c> → relatedarticles)
/// and each word is compared with whole words and with word beginnings, so that <c>address</c>
/// is not taken for an advert and <c>sharebar</c> is taken for a share bar.
/// </summary>
internal static partial class BoilerplateNames
{
    private static readonly HashSet<string> CommentWords = new(StringComparer.Ordinal)
    {
        "comment", "comments", "disqus", "respond", "reply", "replies", "kommentare", "kommentar",
    };

    private static readonly string[] CommentPrefixes = ["comment", "disqus", "kommentar"];

    private static readonly HashSet<string> StrongWords = new(StringComparer.Ordinal)
    {
        "ad", "ads", "adv", "advert", "advertisement", "anzeige", "werbung", "banner", "byline", "popup",
        "modal", "overlay", "sidebar", "footer", "menu", "masthead", "share", "shares",
        "social", "related", "cookie", "cookies", "consent", "newsletter", "promo", "breadcrumb",
        "breadcrumbs", "pagination", "pager", "login", "subscribe", "signup", "skip", "toolbar", "topbar",
        "rating", "ratings", "sponsor", "sponsored", "gdpr", "cmp", "sns", "rss", "nav", "navi", "jump",
        "offscreen", "sronly", "screenreader", "copyright", "imprint", "impressum", "recommended", "outbrain",
        "taboola", "plista", "tooltip",
    };

    private static readonly string[] StrongPrefixes =
    [
        "share", "sharing", "social", "related", "cookie", "consent", "newsletter", "promo", "sidebar",
        "breadcrumb", "navig", "navbar", "menu", "footer", "advert", "sponsor", "subscri", "pagina",
        "recommend", "trending", "outbrain", "taboola", "byline", "masthead", "follow", "postmeta",
        "entrymeta", "articlemeta", "authorbio", "banner", "popup", "modal", "gdpr", "skiplink",
        "screenreader",
    ];

    private static readonly HashSet<string> WeakWords = new(StringComparer.Ordinal)
    {
        "meta", "metadata", "tags", "tag", "tagged", "date", "time", "timestamp", "dateline", "author",
        "print", "hidden", "hide", "header", "categories", "category", "mobile",
        "sticky", "search", "widget", "widgets", "caption", "credit", "credits", "visually",
    };

    private static readonly HashSet<string> ContentWords = new(StringComparer.Ordinal)
    {
        "content", "entry", "article", "post", "story", "body", "text", "main", "blog", "artikel", "inhalt",
    };

    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
        "alertdialog", "toolbar", "tablist",
    };

    public static BoilerplateKind Classify(IElement element, out bool namedContent)
    {
        namedContent = false;
        var kind = BoilerplateKind.None;
        var role = element.GetAttribute("role");
        if (role is not null && Roles.Contains(role.Trim()))
        {
            kind = BoilerplateKind.Strong;
        }

        var names = Dom.ClassAndId(element);
        if (names.Length <= 1)
        {
            return kind;
        }

        foreach (Match match in WordPattern().Matches(names))
        {
            var word = match.Value.ToLowerInvariant();
            namedContent |= ContentWords.Contains(word);
            var wordKind = ClassifyWord(word);
            if (wordKind > kind)
            {
                kind = wordKind;
            }
        }

        return kind;
    }

    private static BoilerplateKind ClassifyWord(string word)
    {
        // "commentary" is an article genre, not a comment section.
        if (CommentWords.Contains(word) || (StartsWithAny(word, CommentPrefixes) && !word.StartsWith("commentar", StringComparison.Ordinal)))
        {
            return BoilerplateKind.Comments;
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
}

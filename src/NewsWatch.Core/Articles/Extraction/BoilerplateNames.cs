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
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "ad", "ads", "adv", "advert", "advertisement", "anzeige", "werbung", "banner", "byline", "meta",
        "tags", "tag", "tagged", "date", "time", "timestamp", "dateline", "author", "print", "hidden", "hide",
        "popup", "modal", "overlay", "widget", "widgets", "sidebar", "footer", "header", "menu", "masthead",
        "share", "shares", "social", "related", "comments", "comment", "cookie", "cookies", "consent",
        "newsletter", "promo", "breadcrumb", "breadcrumbs", "pagination", "pager", "login", "subscribe",
        "signup", "skip", "toolbar", "topbar", "rating", "ratings", "sponsor", "sponsored", "disqus",
        "respond", "reply", "replies", "gdpr", "cmp", "sns", "rss", "nav", "navi", "jump", "offscreen",
        "visually", "sronly", "sr", "screenreader", "categories", "category", "copyright", "imprint",
        "impressum", "teaser", "teasers", "recommended", "outbrain", "taboola", "plista", "mobile",
        "sticky", "search", "caption", "credit", "credits", "tooltip",
    };

    private static readonly string[] Prefixes =
    [
        "comment", "share", "sharing", "social", "related", "cookie", "consent", "newsletter", "promo",
        "sidebar", "breadcrumb", "navig", "navbar", "menu", "footer", "advert", "sponsor", "subscri",
        "pagina", "widget", "recommend", "trending", "outbrain", "taboola", "disqus", "byline",
        "masthead", "socialmedia", "follow", "postmeta", "entrymeta", "articlemeta", "authorbio",
        "banner", "popup", "modal", "gdpr", "skiplink", "screenreader",
    ];

    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
        "alertdialog", "toolbar", "tablist",
    };

    public static bool IsBoilerplate(IElement element)
    {
        var role = element.GetAttribute("role");
        if (role is not null && Roles.Contains(role.Trim()))
        {
            return true;
        }

        var names = Dom.ClassAndId(element);
        if (names.Length <= 1)
        {
            return false;
        }

        foreach (Match word in WordPattern().Matches(names))
        {
            if (IsBoilerplateWord(word.Value.ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBoilerplateWord(string word)
    {
        if (Words.Contains(word))
        {
            return true;
        }

        foreach (var prefix in Prefixes)
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

using System.Net;
using System.Text.RegularExpressions;

namespace NewsWatch.Feeds;

/// <summary>Feed titles and descriptions often carry markup and (doubly) escaped entities; this makes them plain text.</summary>
internal static partial class PlainText
{
    public static string? FromHtml(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value;
        if (text.Contains('<'))
        {
            text = Tags().Replace(BlockTags().Replace(ScriptsAndStyles().Replace(text, " "), " "), "");
        }

        // Twice, because feeds frequently escape already-escaped text ("&amp;amp;", "&amp;#8217;").
        text = WebUtility.HtmlDecode(WebUtility.HtmlDecode(text));
        text = Whitespace().Replace(Mojibake.Repair(text), " ").Trim();
        return text.Length == 0 ? null : text;
    }

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptsAndStyles();

    /// <summary>Tags that separate words; inline tags (a, em, b, span) do not.</summary>
    [GeneratedRegex(@"</?(p|br|hr|div|li|ul|ol|dl|dt|dd|h[1-6]|tr|td|th|table|blockquote|section|article|header|footer|figure|figcaption|img)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockTags();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}

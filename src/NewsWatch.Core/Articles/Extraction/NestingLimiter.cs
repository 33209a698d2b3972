using System.Text;
using System.Text.RegularExpressions;

namespace NewsWatch.Articles.Extraction;

/// <summary>
/// Caps how deeply container tags nest before the page reaches the HTML parser. The HTML tree
/// builder checks the stack of open elements for every tag, so a page of a hundred thousand
/// unclosed <c>&lt;div&gt;</c>s costs minutes; browsers cap the depth for the same reason. Opening
/// tags beyond the cap are dropped together with the closing tags that match them, so that
/// the text stays and only the excess structure goes. Pages within the cap are returned as they are.
/// </summary>
internal static partial class NestingLimiter
{
    public const int MaxDepth = 512;

    public static string Limit(string html)
    {
        var depth = 0;
        var dropped = 0;
        var last = 0;
        StringBuilder? result = null;
        foreach (Match tag in ContainerTag().Matches(html))
        {
            var closing = tag.Groups["close"].Length > 0;
            bool drop;
            if (closing)
            {
                drop = dropped > 0;
                if (drop)
                {
                    dropped--;
                }
                else if (depth > 0)
                {
                    depth--;
                }
            }
            else
            {
                drop = depth >= MaxDepth;
                if (drop)
                {
                    dropped++;
                }
                else
                {
                    depth++;
                }
            }

            if (drop)
            {
                result ??= new StringBuilder(html.Length);
                result.Append(html, last, tag.Index - last);
                last = tag.Index + tag.Length;
            }
        }

        if (result is null)
        {
            return html;
        }

        result.Append(html, last, html.Length - last);
        return result.ToString();
    }

    // Tags that no sibling closes implicitly (unlike p, li or td), so that counting opening and
    // closing tags follows the real depth.
    [GeneratedRegex(
        @"<(?<close>/?)(?:div|span|section|article|aside|main|nav|header|footer|form|fieldset|figure|blockquote|center|font|b|i|u|em|strong|small|big|s|strike|ul|ol|dl|table)(?=[\s/>])[^>]*>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContainerTag();
}

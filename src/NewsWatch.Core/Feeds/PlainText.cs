using System.Collections.Frozen;
using System.Net;
using System.Text;
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

        var text = value.Contains('<') ? WithoutTags(value) : value;

        // Twice, because feeds frequently escape already-escaped text ("&amp;amp;", "&amp;#8217;").
        text = WebUtility.HtmlDecode(WebUtility.HtmlDecode(text));
        text = Whitespace().Replace(Mojibake.Repair(text), " ").Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// Drops tags (block tags become a space, scripts and styles go with their content) in one pass.
    /// A scan rather than regexes: a regex tries every unclosed <c>&lt;script&gt;</c> or <c>&lt;</c> to the
    /// end of the text, so a 160 KB description of them took 20 s; each search here either succeeds or
    /// proves that no later one can, which keeps the whole pass linear.
    /// </summary>
    private static string WithoutTags(string html)
    {
        var builder = new StringBuilder(html.Length);
        var position = 0;
        var scriptsClose = true;
        var stylesClose = true;
        while (position < html.Length)
        {
            var open = html.IndexOf('<', position);
            var close = open < 0 ? -1 : html.IndexOf('>', open + 1);
            if (close < 0)
            {
                // No tag is complete from here on: the rest is text, as the regexes left it.
                builder.Append(html, position, html.Length - position);
                break;
            }

            builder.Append(html, position, open - position);
            var name = TagName(html.AsSpan(open + 1, close - open - 1), out var closing);
            position = close + 1;
            if (!closing && (name is "script" ? scriptsClose : name is "style" && stylesClose))
            {
                var end = html.IndexOf("</" + name, position, StringComparison.OrdinalIgnoreCase);
                var endClose = end < 0 ? -1 : html.IndexOf('>', end);
                if (endClose >= 0)
                {
                    builder.Append(' ');
                    position = endClose + 1;
                    continue;
                }

                // Never closed: no later one can close either; from now on it is an ordinary tag.
                if (name is "script") scriptsClose = false;
                else stylesClose = false;
            }

            if (BlockTags.Contains(name))
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    private static string TagName(ReadOnlySpan<char> tag, out bool closing)
    {
        closing = tag.StartsWith("/");
        if (closing) tag = tag[1..];
        var length = 0;
        while (length < tag.Length && char.IsAsciiLetterOrDigit(tag[length])) length++;
        return length is 0 or > 10 ? "" : tag[..length].ToString().ToLowerInvariant();
    }

    /// <summary>Tags that separate words; inline tags (a, em, b, span) do not.</summary>
    private static readonly FrozenSet<string> BlockTags = FrozenSet.ToFrozenSet(
    [
        "p", "br", "hr", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "tr", "td", "th", "table", "blockquote", "section", "article", "header", "footer", "figure", "figcaption", "img",
    ]);

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}

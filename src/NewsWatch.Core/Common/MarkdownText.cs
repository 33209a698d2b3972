using System.Text.RegularExpressions;

namespace NewsWatch.Common;

/// <summary>
/// The wh-ukraine texts are the briefing room's pages as Markdown; the daemon sees the same pages as HTML
/// and extracts plain text. The events benchmark reads what the daemon would: link text without its
/// address, no emphasis markers, escapes or inline tags. Line breaks and list markers stay.
/// </summary>
public static partial class MarkdownText
{
    public static string ToPlainText(string markdown)
    {
        var text = Image().Replace(markdown, "");
        text = Link().Replace(text, "$1");
        text = Tag().Replace(text, "");
        text = Emphasis().Replace(text, "");
        return Escape().Replace(text, "$1");
    }

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex(@"</?[a-zA-Z][^>]{0,300}>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\*{1,3}(?=\S)|(?<=\S)\*{1,3}|(?<![\w])__|__(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|>~])", RegexOptions.CultureInvariant)]
    private static partial Regex Escape();
}

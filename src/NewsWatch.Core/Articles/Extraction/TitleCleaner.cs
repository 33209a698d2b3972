namespace NewsWatch.Articles.Extraction;

/// <summary>Strips the site name that pages append to (or put before) their titles.</summary>
internal static class TitleCleaner
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " · ", " :: ", " // ", " » ", " « ", " › ", " ‹ ", " • "];

    /// <summary>Removes a known site name with its separator from either end of the title.</summary>
    public static string WithoutSiteName(string title, string? siteName)
    {
        if (string.IsNullOrWhiteSpace(siteName))
        {
            return title;
        }

        foreach (var separator in Separators)
        {
            var suffix = separator + siteName.Trim();
            if (title.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && title.Length > suffix.Length)
            {
                return title[..^suffix.Length].Trim();
            }

            var prefix = siteName.Trim() + separator;
            if (title.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && title.Length > prefix.Length)
            {
                return title[prefix.Length..].Trim();
            }
        }

        return title;
    }

    private const int MinHeadlineWords = 3;

    /// <summary>A site name has at most this many words.</summary>
    private const int MaxSiteNameWords = 3;

    /// <summary>
    /// Removes a trailing "| Site" from an OpenGraph or JSON-LD title whose site name differs
    /// from og:site_name ("… | DW" on a page whose site name is "Deutsche Welle"). Only the
    /// pipe is trusted here: dashes and colons are common inside headlines.
    /// </summary>
    public static string WithoutShortSuffix(string title)
    {
        var cut = title.LastIndexOf(" | ", StringComparison.Ordinal);
        if (cut <= 0)
        {
            return title;
        }

        var suffix = title[(cut + 3)..];
        var head = title[..cut].Trim();
        var suffixWords = suffix.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var headWords = head.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return suffixWords <= MaxSiteNameWords && headWords >= MinHeadlineWords ? head : title;
    }

    /// <summary>
    /// Cleans a <c>&lt;title&gt;</c> without knowing the site name: when the title is split by a
    /// separator, the heading of the page (if it is one of the parts) or else the longest part is
    /// the article's title.
    /// </summary>
    public static string FromDocumentTitle(string title, string? heading)
    {
        foreach (var separator in Separators)
        {
            if (!title.Contains(separator, StringComparison.Ordinal))
            {
                continue;
            }

            var parts = title.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (heading is not null && parts.Contains(heading, StringComparer.OrdinalIgnoreCase))
            {
                return heading;
            }

            var longest = parts.MaxBy(p => p.Length)!;
            // A separator inside the headline itself ("Biden - Zelensky talks") splits it into
            // short parts; only strip when one part is a headline of its own.
            var words = longest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            return words >= MinHeadlineWords && longest.Length >= title.Length / 2 ? longest : title;
        }

        return title;
    }
}

using AngleSharp.Dom;
using NewsWatch.Common;

namespace NewsWatch.Articles.Extraction;

/// <summary>Cleans the page body, locates the article in it and renders it as paragraphs.</summary>
internal static class BodyTextExtractor
{
    /// <param name="deadline">Checked between the passes and per written block: the caller's time budget.</param>
    public static string Extract(IElement body, PageMetadata metadata, Deadline deadline = default)
    {
        DocumentCleaner.Clean(body);
        deadline.ThrowIfExpired();
        var stats = TextStatistics.Compute(body);
        deadline.ThrowIfExpired();
        var located = ContentLocator.Locate(body, stats);
        deadline.ThrowIfExpired();
        var writer = new ParagraphWriter(stats, located.Core);
        foreach (var element in located.Roots)
        {
            deadline.ThrowIfExpired();
            writer.Write(element);
        }

        var paragraphs = new List<string>();
        foreach (var paragraph in writer.Paragraphs)
        {
            if (BoilerplatePhrases.StartsComments(paragraph))
            {
                break;
            }

            if (!BoilerplatePhrases.IsFurniture(paragraph) && !RepeatsMetadata(paragraph, metadata))
            {
                paragraphs.Add(paragraph);
            }
        }

        return string.Join("\n\n", paragraphs);
    }

    /// <summary>The headline or the byline repeated in the body (kicker lines, sticky headers,
    /// "By Jane Doe" above the text): already in the metadata, not body text.</summary>
    private static bool RepeatsMetadata(string paragraph, PageMetadata metadata)
    {
        if (string.Equals(paragraph, metadata.Title, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (metadata.Author is not { } author || paragraph.Length > author.Length + MaxBylinePrefix)
        {
            return false;
        }

        var index = paragraph.IndexOf(author, StringComparison.OrdinalIgnoreCase);
        return index >= 0 && index <= MaxBylinePrefix && index + author.Length == paragraph.Length;
    }

    /// <summary>Room for "By ", "Von ", "Written by " before the name in a byline.</summary>
    private const int MaxBylinePrefix = 12;
}

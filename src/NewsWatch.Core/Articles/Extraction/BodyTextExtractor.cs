using AngleSharp.Dom;

namespace NewsWatch.Articles.Extraction;

/// <summary>Cleans the page body, locates the article in it and renders it as paragraphs.</summary>
internal static class BodyTextExtractor
{
    public static string Extract(IElement body, PageMetadata metadata)
    {
        DocumentCleaner.Clean(body);
        var stats = TextStatistics.Compute(body);
        var writer = new ParagraphWriter(stats);
        foreach (var element in ContentLocator.Locate(body, stats))
        {
            writer.Write(element);
        }

        var paragraphs = new List<string>();
        foreach (var paragraph in writer.Paragraphs)
        {
            if (BoilerplatePhrases.StartsComments(paragraph))
            {
                break;
            }

            if (!BoilerplatePhrases.IsFurniture(paragraph))
            {
                paragraphs.Add(paragraph);
            }
        }

        return string.Join("\n\n", paragraphs);
    }
}

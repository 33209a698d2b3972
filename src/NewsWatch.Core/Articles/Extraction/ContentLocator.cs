using AngleSharp.Dom;

namespace NewsWatch.Articles.Extraction;

/// <summary>
/// Finds the elements that hold the article body. Every paragraph of prose credits the container
/// it sits in (fully) and that container's two nearest ancestors (partly); the best-scoring
/// container, discounted by its share of link text, is the body, together with those of its
/// siblings that look like parts of the same text.
/// </summary>
internal static class ContentLocator
{
    public static IReadOnlyList<IElement> Locate(IElement body, Dictionary<IElement, ElementStats> stats)
    {
        foreach (var (element, s) in stats)
        {
            if (s.InlineText < TextStatistics.MinParagraphText || !HtmlTags.Block.Contains(element.LocalName))
            {
                continue;
            }

            var weight = 1.0 + s.InlineCommas + Math.Min(s.InlineText / 100, 3);
            var target = HtmlTags.Container.Contains(element.LocalName) ? element : element.ParentElement;
            for (var level = 1; level <= 3 && target is not null; level++, target = target.ParentElement)
            {
                if (stats.TryGetValue(target, out var t))
                {
                    t.Score += weight / level;
                }
            }
        }

        IElement? best = null;
        var bestScore = 0.0;
        foreach (var (element, s) in stats)
        {
            var score = Final(s);
            if (score > bestScore)
            {
                best = element;
                bestScore = score;
            }
        }

        if (best is null)
        {
            return [body];
        }

        var parent = best.ParentElement;
        if (parent is null || !stats.ContainsKey(parent))
        {
            return [best];
        }

        var threshold = Math.Max(10, bestScore * 0.2);
        var selected = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == best || IsSiblingContent(sibling, stats[sibling], threshold))
            {
                selected.Add(sibling);
            }
        }

        return selected;
    }

    private static double Final(ElementStats s) => s.Score * (1 - s.LinkDensity);

    private static bool IsSiblingContent(IElement sibling, ElementStats s, double threshold)
    {
        if (Final(s) >= threshold)
        {
            return true;
        }

        if (sibling.LocalName != "p" || s.Text == 0)
        {
            return false;
        }

        return s.Text >= 80 ? s.LinkDensity < 0.25 : s.LinkText == 0 && s.Text > 0;
    }
}

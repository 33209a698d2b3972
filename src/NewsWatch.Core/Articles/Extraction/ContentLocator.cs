using AngleSharp.Dom;

namespace NewsWatch.Articles.Extraction;

/// <summary>
/// Finds the elements that hold the article body. Every paragraph of prose credits the container
/// it sits in and that container's ancestors, each by a share falling with the distance (1, 1/2,
/// 1/3, ...); the best-scoring container, discounted by its share of link text, is the core of
/// the body. It is widened to ancestors that add prose rather than links, and joined by the
/// siblings along its ancestor chain that look like parts of the same text (leads, continuations).
/// </summary>
internal static class ContentLocator
{
    /// <summary>How many ancestors a paragraph credits. The nearer ones get most; the far ones
    /// tip the balance toward a container holding all of the article over one holding a part.</summary>
    private const int ScoreLevels = 12;

    public static LocatedContent Locate(IElement body, Dictionary<IElement, ElementStats> stats)
    {
        foreach (var (element, s) in stats)
        {
            if (s.InlineText < TextStatistics.MinParagraphText || !HtmlTags.Block.Contains(element.LocalName))
            {
                continue;
            }

            var weight = 1.0 + s.InlineCommas + Math.Min(s.InlineText / 100, 3);
            var target = HtmlTags.Container.Contains(element.LocalName) ? element : element.ParentElement;
            for (var level = 1; level <= ScoreLevels && target is not null; level++, target = target.ParentElement)
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
            return new LocatedContent([body], body);
        }

        var core = best;
        best = Widen(best, body, stats);
        var threshold = Math.Max(10, bestScore * 0.2);
        var selected = new List<IElement> { best };
        var node = best;
        for (var level = 0; node != body && node.ParentElement is { } parent && stats.ContainsKey(parent); level++)
        {
            var after = false;
            foreach (var sibling in parent.Children)
            {
                if (sibling == node)
                {
                    after = true;
                }
                else if ((!after || level < FollowingSiblingLevels) && IsSiblingContent(sibling, stats[sibling], threshold))
                {
                    selected.Add(sibling);
                }
            }

            node = parent;
        }

        selected.Sort((a, b) => stats[a].Order.CompareTo(stats[b].Order));
        return new LocatedContent(selected, core);
    }

    /// <summary>
    /// Paragraph scores only reach three levels up, so an article whose paragraphs sit in
    /// separate wrappers scores best at one wrapper. Move up while what an ancestor adds is
    /// mostly prose, not links.
    /// </summary>
    private static IElement Widen(IElement best, IElement body, Dictionary<IElement, ElementStats> stats)
    {
        var current = best;
        var s = stats[current];
        while (current.ParentElement is { } parent && parent != body && stats.TryGetValue(parent, out var p))
        {
            var extraText = p.Text - s.Text;
            var extraProse = p.ProseText - s.ProseText;
            var extraLinks = p.LinkText - s.LinkText;
            if (extraText > 0 && (extraProse < extraText * WidenProseShare || extraLinks > extraText * WidenLinkShare))
            {
                break;
            }

            current = parent;
            s = p;
        }

        return current;
    }

    private const double WidenProseShare = 0.6;
    private const double WidenLinkShare = 0.3;

    private const int FollowingSiblingLevels = 1;

    private static double Final(ElementStats s) => s.Score * (1 - s.LinkDensity);

    private static bool IsSiblingContent(IElement sibling, ElementStats s, double threshold)
    {
        if (Final(s) >= threshold)
        {
            return true;
        }

        if (s.Text == 0)
        {
            return false;
        }

        if (sibling.LocalName != "p")
        {
            return s.Text >= 30 && s.LinkDensity < 0.2 && s.ProseText >= s.Text * 0.6;
        }

        return s.Text >= 80 ? s.LinkDensity < 0.25 : s.LinkText == 0;
    }
}

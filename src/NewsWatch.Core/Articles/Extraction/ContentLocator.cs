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

    /// <summary>Widening stops at an ancestor whose extra text is less than this share prose…</summary>
    private const double WidenProseShare = 0.6;

    /// <summary>…or more than this share links (teaser lists, menus).</summary>
    private const double WidenLinkShare = 0.3;

    /// <summary>A sibling scoring this share of the core's score is another part of the article.</summary>
    private const double SiblingScoreShare = 0.2;

    private const double MinSiblingScore = 10;

    /// <summary>An unscored sibling block is taken when it has at least this much text, nearly all of it prose.</summary>
    private const int MinSiblingText = 30;

    private const double MaxSiblingLinkDensity = 0.2;

    private const double MinSiblingProseShare = 0.6;

    /// <summary>A sibling paragraph this long is taken unless it is mostly links; a shorter one only without links.</summary>
    private const int LongParagraph = 80;

    private const double MaxLongParagraphLinkDensity = 0.25;

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

        IElement? core = null;
        var coreScore = 0.0;
        foreach (var (element, s) in stats)
        {
            var score = Final(s);
            if (score > coreScore)
            {
                core = element;
                coreScore = score;
            }
        }

        if (core is null)
        {
            return new LocatedContent([body], body);
        }

        var widened = Widen(core, body, stats);
        var threshold = Math.Max(MinSiblingScore, coreScore * SiblingScoreShare);
        var selected = new List<IElement> { widened };

        // Leads and kickers sit before the body at any level above it; continuations (a second
        // page, a closing box) sit right after it. What follows higher up is the rest of the page.
        var node = widened;
        var nextToBody = true;
        while (node != body && node.ParentElement is { } parent && stats.ContainsKey(parent))
        {
            var after = false;
            foreach (var sibling in parent.Children)
            {
                if (sibling == node)
                {
                    after = true;
                }
                else if ((!after || nextToBody) && IsSiblingContent(sibling, stats[sibling], threshold))
                {
                    selected.Add(sibling);
                }
            }

            node = parent;
            nextToBody = false;
        }

        selected.Sort((a, b) => stats[a].Order.CompareTo(stats[b].Order));
        return new LocatedContent(selected, core);
    }

    /// <summary>
    /// An article whose paragraphs sit in separate wrappers can score best at one wrapper. Move
    /// up while what an ancestor adds is mostly prose, not links.
    /// </summary>
    private static IElement Widen(IElement core, IElement body, Dictionary<IElement, ElementStats> stats)
    {
        var current = core;
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
            return s.Text >= MinSiblingText && s.LinkDensity < MaxSiblingLinkDensity && s.ProseText >= s.Text * MinSiblingProseShare;
        }

        return s.Text >= LongParagraph ? s.LinkDensity < MaxLongParagraphLinkDensity : s.LinkText == 0;
    }
}

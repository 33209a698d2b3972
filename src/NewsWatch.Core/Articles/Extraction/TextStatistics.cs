using AngleSharp.Dom;

namespace NewsWatch.Articles.Extraction;

/// <summary>Computes <see cref="ElementStats"/> for every element of a subtree in one linear pass.</summary>
internal static class TextStatistics
{
    /// <summary>A block needs this much inline text to count as a paragraph of prose.</summary>
    public const int MinParagraphText = 25;

    public static Dictionary<IElement, ElementStats> Compute(IElement root)
    {
        var elements = Dom.PreOrder(root);
        var stats = new Dictionary<IElement, ElementStats>(elements.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < elements.Count; i++)
        {
            stats[elements[i]] = new ElementStats { Order = i };
        }

        // Reversed pre-order visits every element after all of its descendants.
        for (var i = elements.Count - 1; i >= 0; i--)
        {
            var element = elements[i];
            var s = stats[element];
            var isLink = element.LocalName == "a";
            foreach (var child in element.ChildNodes)
            {
                if (child is IText text)
                {
                    var length = Dom.CountNonSpace(text.Data, out var commas);
                    s.Text += length;
                    s.InlineText += length;
                    s.InlineCommas += commas;
                    if (isLink)
                    {
                        s.LinkText += length;
                        s.InlineLinkText += length;
                    }
                }
                else if (child is IElement childElement && !HtmlTags.NeverContent.Contains(childElement.LocalName)
                    && stats.TryGetValue(childElement, out var c))
                {
                    s.Text += c.Text;
                    s.LinkText += isLink ? c.Text : c.LinkText;
                    s.Paragraphs += c.Paragraphs;
                    s.ProseText += c.ProseText;
                    if (!HtmlTags.Block.Contains(childElement.LocalName))
                    {
                        s.InlineText += c.InlineText;
                        s.InlineCommas += c.InlineCommas;
                        s.InlineLinkText += isLink ? c.InlineText : c.InlineLinkText;
                    }
                }
            }

            if (HtmlTags.Block.Contains(element.LocalName) && s.InlineText >= MinParagraphText)
            {
                s.Paragraphs++;
                if (s.InlineLinkText * 2 < s.InlineText)
                {
                    s.ProseText += s.InlineText;
                }
            }
        }

        return stats;
    }
}

namespace NewsWatch.Articles.Extraction;

/// <summary>Text measures of one element and its descendants. Lengths count non-space characters.</summary>
internal sealed class ElementStats
{
    /// <summary>Position in document order.</summary>
    public int Order { get; init; }

    /// <summary>All text below the element.</summary>
    public int Text { get; set; }

    /// <summary>Text inside links.</summary>
    public int LinkText { get; set; }

    /// <summary>Text that renders in the element's own paragraphs: its text nodes and its inline
    /// children, but not its block children.</summary>
    public int InlineText { get; set; }

    /// <summary>Commas in <see cref="InlineText"/>; prose has them, menus and teasers rarely do.</summary>
    public int InlineCommas { get; set; }

    /// <summary>Link text within <see cref="InlineText"/>.</summary>
    public int InlineLinkText { get; set; }

    /// <summary>Descendant paragraphs (any block with enough inline text to be prose).</summary>
    public int Paragraphs { get; set; }

    /// <summary>Inline text of the descendant paragraphs (and of the element itself) that are prose
    /// rather than link lists.</summary>
    public int ProseText { get; set; }

    /// <summary>How much prose this element directly or nearly directly contains.</summary>
    public double Score { get; set; }

    public double LinkDensity => Text == 0 ? 0 : (double)LinkText / Text;
}

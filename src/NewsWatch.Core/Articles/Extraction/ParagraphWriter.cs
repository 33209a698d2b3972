using System.Text;
using AngleSharp.Dom;

namespace NewsWatch.Articles.Extraction;

/// <summary>
/// Renders the body elements as plain paragraphs: every block element starts a new paragraph,
/// inline elements flow into the current one, white space is collapsed. Link lists, "read also"
/// lines and other link-heavy parts inside the body are left out.
/// </summary>
internal sealed class ParagraphWriter
{
    /// <summary>A paragraph that is mostly link text ("Read more: other headline") is a teaser.</summary>
    private const double MaxParagraphLinkShare = 0.5;

    /// <summary>A list, table or division that is mostly link text is a link list.</summary>
    private const double MaxBlockLinkDensity = 0.5;

    /// <summary>Outside the core container, lines with fewer non-space characters than this are
    /// labels, contact lines and teasers rather than article text.</summary>
    private const int MinOutsideCoreChars = 40;

    private readonly Dictionary<IElement, ElementStats> stats;
    private readonly IElement core;
    private readonly List<string> paragraphs = [];
    private readonly List<bool> headings = [];
    private readonly StringBuilder current = new();
    private int currentChars;
    private int currentLinkChars;
    private int coreDepth;
    private int linkDepth;
    private int headingDepth;
    private bool pendingSpace;

    public ParagraphWriter(Dictionary<IElement, ElementStats> stats, IElement core)
    {
        this.stats = stats;
        this.core = core;
    }

    /// <summary>The paragraphs written so far, without headings left at the end with nothing
    /// under them (their section was furniture and has been removed).</summary>
    public IReadOnlyList<string> Paragraphs
    {
        get
        {
            var count = paragraphs.Count;
            while (count > 0 && headings[count - 1])
            {
                count--;
            }

            return paragraphs.GetRange(0, count);
        }
    }

    public void Write(IElement root)
    {
        // A non-null Closing entry marks the end of an element whose end matters.
        var stack = new Stack<(INode? Node, IElement? Closing)>();
        stack.Push((root, null));
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (closing is not null)
            {
                Close(closing);
                continue;
            }

            switch (node)
            {
                case IText text:
                    Append(text.Data);
                    break;
                case IElement element:
                    if (IsLeftOut(element))
                    {
                        if (element.LocalName != "h1")
                        {
                            DropDanglingHeading();
                        }

                        break;
                    }

                    if (element.LocalName == "br")
                    {
                        Flush();
                        break;
                    }

                    if (element == core)
                    {
                        coreDepth++;
                    }

                    if (HtmlTags.Block.Contains(element.LocalName) || element == core)
                    {
                        Flush();
                        stack.Push((null, element));
                        if (HtmlTags.Headings.Contains(element.LocalName))
                        {
                            headingDepth++;
                        }
                    }
                    else if (element.LocalName == "a")
                    {
                        linkDepth++;
                        stack.Push((null, element));
                    }

                    var children = element.ChildNodes;
                    for (var i = children.Length - 1; i >= 0; i--)
                    {
                        stack.Push((children[i], null));
                    }

                    break;
            }
        }

        Flush();
    }

    private void Close(IElement element)
    {
        if (element == core)
        {
            Flush();
            coreDepth--;
        }

        if (element.LocalName == "a")
        {
            linkDepth--;
        }
        else
        {
            Flush();
            if (HtmlTags.Headings.Contains(element.LocalName))
            {
                headingDepth--;
            }
        }
    }

    /// <summary>A heading directly followed by a left-out link list ("Related articles") goes with it.</summary>
    private void DropDanglingHeading()
    {
        Flush();
        if (paragraphs.Count > 0 && headings[^1])
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
            headings.RemoveAt(headings.Count - 1);
        }
    }

    private bool IsLeftOut(IElement element)
    {
        if (!stats.TryGetValue(element, out var s))
        {
            return false;
        }

        return element.LocalName switch
        {
            // The headline is metadata (ExtractedArticle.Title), not body text.
            "h1" => true,
            "ul" or "ol" or "dl" or "div" or "section" or "table" => s.LinkDensity > MaxBlockLinkDensity,
            _ => false,
        };
    }

    private void Append(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = current.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                current.Append(' ');
                pendingSpace = false;
            }

            current.Append(c);
            currentChars++;
            if (linkDepth > 0)
            {
                currentLinkChars++;
            }
        }
    }

    private void Flush()
    {
        if (current.Length > 0)
        {
            if (coreDepth == 0 && currentChars < MinOutsideCoreChars)
            {
                // Dropped quietly: a short line outside the core says nothing about its neighbours.
            }
            else if (currentLinkChars <= currentChars * MaxParagraphLinkShare)
            {
                paragraphs.Add(current.ToString());
                headings.Add(headingDepth > 0);
            }
            else if (headingDepth == 0)
            {
                current.Clear();
                DropDanglingHeading();
            }
        }

        current.Clear();
        currentChars = 0;
        currentLinkChars = 0;
        pendingSpace = false;
    }
}

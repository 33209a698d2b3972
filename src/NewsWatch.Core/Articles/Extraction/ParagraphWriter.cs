using System.Text;
using AngleSharp.Dom;

namespace NewsWatch.Articles.Extraction;

/// <summary>
/// Renders the body elements as plain paragraphs: every block element starts a new paragraph,
/// inline elements flow into the current one, white space is collapsed. Link lists and other
/// link-heavy blocks inside the body are left out.
/// </summary>
internal sealed class ParagraphWriter
{
    private readonly Dictionary<IElement, ElementStats> stats;
    private readonly List<string> paragraphs = [];
    private readonly StringBuilder current = new();
    private bool pendingSpace;

    public ParagraphWriter(Dictionary<IElement, ElementStats> stats)
    {
        this.stats = stats;
    }

    public IReadOnlyList<string> Paragraphs => paragraphs;

    public void Write(IElement root)
    {
        // Entries are nodes to visit; a null node marks the end of a block element.
        var stack = new Stack<(INode? Node, IElement? Closing)>();
        stack.Push((root, null));
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (closing is not null)
            {
                Flush();
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
                        break;
                    }

                    if (element.LocalName == "br")
                    {
                        Flush();
                        break;
                    }

                    if (HtmlTags.Block.Contains(element.LocalName))
                    {
                        Flush();
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

    private bool IsLeftOut(IElement element)
    {
        if (!stats.TryGetValue(element, out var s))
        {
            return false;
        }

        return element.LocalName switch
        {
            "ul" or "ol" or "dl" or "div" or "section" or "table" => s.LinkDensity > 0.5,
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
        }
    }

    private void Flush()
    {
        if (current.Length > 0)
        {
            paragraphs.Add(current.ToString());
            current.Clear();
        }

        pendingSpace = false;
    }
}

using AngleSharp.Dom;

namespace NewsWatch.Articles.Extraction;

/// <summary>
/// Tree walks without recursion: malformed pages can nest elements tens of thousands deep, and a
/// stack overflow cannot be caught.
/// </summary>
internal static class Dom
{
    /// <summary>The element and all its descendant elements, each after its ancestors.</summary>
    public static List<IElement> PreOrder(IElement root)
    {
        var result = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            result.Add(element);
            // ChildNodes is a list; Children is a filtered view whose indexer walks the list.
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    stack.Push(child);
                }
            }
        }

        return result;
    }

    public static int CountNonSpace(string text, out int commas)
    {
        var count = 0;
        commas = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
                if (c is ',' or '，' or '、' or '،')
                {
                    commas++;
                }
            }
        }

        return count;
    }

    /// <summary>The element's text with white space collapsed to single spaces.</summary>
    public static string NormalizedText(IElement element) => NormalizeSpace(element.TextContent);

    public static string NormalizeSpace(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}

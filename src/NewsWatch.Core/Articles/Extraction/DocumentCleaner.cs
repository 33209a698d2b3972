using AngleSharp.Dom;

namespace NewsWatch.Articles.Extraction;

/// <summary>Removes everything from a page body that cannot be article text.</summary>
internal static class DocumentCleaner
{
    /// <summary>
    /// An element named like furniture is still kept when it holds at least this share of the
    /// page's text: it is then a page wrapper with an unlucky class (<c>has-sidebar</c>,
    /// <c>aspnetForm</c>), and its furniture children are removed one by one instead.
    /// </summary>
    public const double WrapperShare = 0.5;

    public static void Clean(IElement body)
    {
        var stats = TextStatistics.Compute(body);
        var pageText = Math.Max(1, stats[body].Text);
        var stack = new Stack<IElement>();
        PushChildren(stack, body);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (ShouldRemove(element, stats[element], pageText))
            {
                element.Remove();
                continue;
            }

            PushChildren(stack, element);
        }
    }

    private static void PushChildren(Stack<IElement> stack, IElement element)
    {
        var children = element.Children.ToArray();
        for (var i = children.Length - 1; i >= 0; i--)
        {
            stack.Push(children[i]);
        }
    }

    private static bool ShouldRemove(IElement element, ElementStats stats, int pageText)
    {
        var tag = element.LocalName;
        if (HtmlTags.NeverContent.Contains(tag) || IsHidden(element))
        {
            return true;
        }

        var furniture = HtmlTags.Furniture.Contains(tag) || tag is "form" or "header" || BoilerplateNames.IsBoilerplate(element);
        return furniture && stats.Text < pageText * WrapperShare;
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is null)
        {
            return false;
        }

        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }
}

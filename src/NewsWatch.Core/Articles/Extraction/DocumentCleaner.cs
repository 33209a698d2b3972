using AngleSharp.Dom;

namespace NewsWatch.Articles.Extraction;

/// <summary>Removes everything from a page body that cannot be article text.</summary>
internal static class DocumentCleaner
{
    /// <summary>
    /// An element named like furniture is still kept when it holds at least this share of the
    /// page's prose: it is then a page wrapper with an unlucky class (<c>has-sidebar</c>,
    /// <c>aspnetForm</c>), and its furniture children are removed one by one instead.
    /// </summary>
    private const double WrapperShare = 0.5;

    /// <summary>An element with this many paragraphs of prose is article text whatever its name.</summary>
    private const int ContentParagraphs = 2;

    /// <summary>An element with a weak furniture name is kept when it holds this much prose, even in
    /// one paragraph (<c>field-label-hidden</c> hides a label, not the text).</summary>
    private const int WeakMaxProse = 300;

    public static void Clean(IElement body)
    {
        var stats = TextStatistics.Compute(body);
        var pageText = Math.Max(1, stats[body].ProseText);
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

        if (stats.ProseText >= pageText * WrapperShare || tag is "article" or "main")
        {
            return false;
        }

        if (HtmlTags.Furniture.Contains(tag))
        {
            return true;
        }

        // Comment and search forms are furniture; shop pages wrap their product text in a form.
        if (tag == "form")
        {
            return !IsProse(stats);
        }

        var kind = BoilerplateNames.Classify(element, out var namedContent);
        if (tag == "header" && kind < BoilerplateKind.Weak)
        {
            // A page header is furniture; an article header may hold the lead.
            kind = BoilerplateKind.Weak;
        }

        return kind switch
        {
            BoilerplateKind.Certain => true,
            BoilerplateKind.Strong => !(namedContent && stats.Paragraphs >= ContentParagraphs) && !IsProse(stats),
            BoilerplateKind.Weak => stats.Paragraphs < ContentParagraphs && stats.ProseText < WeakMaxProse,
            _ => false,
        };
    }

    /// <summary>Several paragraphs with hardly any links: text, whatever the element is called.</summary>
    private static bool IsProse(ElementStats stats) => stats.Paragraphs >= ProseParagraphs && stats.LinkDensity < ProseMaxLinkDensity;

    private const int ProseParagraphs = 3;
    private const double ProseMaxLinkDensity = 0.2;

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

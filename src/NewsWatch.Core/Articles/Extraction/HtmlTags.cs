using System.Collections.Frozen;

namespace NewsWatch.Articles.Extraction;

/// <summary>How the extractor treats HTML elements by tag name (AngleSharp's lower-case <c>LocalName</c>).</summary>
internal static class HtmlTags
{
    /// <summary>Elements that never hold article prose: code, media, widgets, form controls, and
    /// picture captions (credits and image descriptions, not part of the story).</summary>
    public static readonly FrozenSet<string> NeverContent = new[]
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "frame", "frameset",
        "object", "embed", "applet", "video", "audio", "source", "track", "picture", "img", "map", "area",
        "button", "input", "select", "option", "optgroup", "textarea", "label", "datalist", "output",
        "dialog", "menu", "head", "link", "meta", "title", "base", "figcaption",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Page furniture by HTML5 semantics.</summary>
    public static readonly FrozenSet<string> Furniture = new[]
    {
        "nav", "aside", "footer",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Elements that start and end a paragraph of their own when rendered.</summary>
    public static readonly FrozenSet<string> Block = new[]
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "html", "legend", "listing", "xmp",
        "plaintext", "noframes",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Elements that can contain the article as a whole, as opposed to one of its paragraphs.</summary>
    public static readonly FrozenSet<string> Container = new[]
    {
        "div", "section", "article", "main", "body", "td", "center", "form", "font",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Headings = new[]
    {
        "h1", "h2", "h3", "h4", "h5", "h6",
    }.ToFrozenSet(StringComparer.Ordinal);
}

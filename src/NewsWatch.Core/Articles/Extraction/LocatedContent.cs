using AngleSharp.Dom;

namespace NewsWatch.Articles.Extraction;

/// <summary>
/// The elements that make up the article, in document order. <see cref="Core"/> is the container
/// that scored best, before it was widened to its ancestors and joined by siblings: text found
/// there is trusted more than text the wider net brought in.
/// </summary>
internal sealed record LocatedContent(IReadOnlyList<IElement> Roots, IElement Core);

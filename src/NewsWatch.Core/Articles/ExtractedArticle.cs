namespace NewsWatch.Articles;

/// <summary>
/// What the extractor found in one page. <see cref="Text"/> is the article body as paragraphs
/// joined by a blank line; it is empty (never null) when no body was found.
/// <see cref="CanonicalUrl"/> is absolute; <see cref="Language"/> is the page's declared
/// language tag (for example <c>en</c> or <c>de-DE</c>).
/// </summary>
public sealed record ExtractedArticle(
    string? Title,
    string Text,
    string? Author,
    DateTimeOffset? Published,
    string? CanonicalUrl,
    string? Language)
{
    public static ExtractedArticle Empty { get; } = new(null, string.Empty, null, null, null, null);
}

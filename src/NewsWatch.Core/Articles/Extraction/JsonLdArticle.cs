namespace NewsWatch.Articles.Extraction;

/// <summary>The fields NewsWatch reads from a page's schema.org JSON-LD.</summary>
internal sealed record JsonLdArticle(string? Headline, string? Author, string? DatePublished, string? Language);

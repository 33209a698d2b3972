namespace NewsWatch.Storage;

/// <summary>What the fetch-and-extract stage writes for one article.</summary>
public sealed record ExtractedArticleRow(
    long Id,
    int HttpStatus,
    string? ContentType,
    string? Charset,
    string? Title,
    string? Author,
    DateTimeOffset? PublishedAt,
    string? Language,
    string Text,
    string? CanonicalUrl);

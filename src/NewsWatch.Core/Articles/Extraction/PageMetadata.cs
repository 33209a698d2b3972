namespace NewsWatch.Articles.Extraction;

/// <summary>Metadata read from a page before its body is cleaned.</summary>
internal sealed record PageMetadata(string? Title, string? Author, DateTimeOffset? Published, string? CanonicalUrl, string? Language);

namespace NewsWatch.Feeds;

/// <summary>A feed subscription from an OPML file; <see cref="Publisher"/> comes from an optional <c>publisher</c> attribute (a country or body code).</summary>
public sealed record OpmlFeed(string Title, Uri XmlUrl, string? Publisher = null);

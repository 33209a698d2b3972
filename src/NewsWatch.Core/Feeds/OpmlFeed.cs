namespace NewsWatch.Feeds;

/// <summary>A feed subscription from an OPML file.</summary>
public sealed record OpmlFeed(string Title, Uri XmlUrl);

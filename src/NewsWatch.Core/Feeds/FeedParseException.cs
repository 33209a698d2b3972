namespace NewsWatch.Feeds;

/// <summary>A feed (or OPML) document that cannot or must not be parsed: malformed, not a feed, or carrying a DTD.</summary>
public sealed class FeedParseException : Exception
{
    public FeedParseException(string message)
        : base(message)
    {
    }

    public FeedParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace NewsWatch.Storage;

/// <summary>
/// Where an article is in the pipeline. Each stage moves it one step on and commits, so a crash
/// resumes at the stage it interrupted.
/// </summary>
public static class ArticleStatus
{
    /// <summary>Known from a feed, not fetched yet.</summary>
    public const string Pending = "pending";
    /// <summary>Fetched and its main text extracted; entities not tagged yet.</summary>
    public const string Extracted = "extracted";
    /// <summary>Entities stored; aid events not looked for yet.</summary>
    public const string Tagged = "tagged";
    public const string Done = "done";
    /// <summary>Given up after a permanent error or too many attempts; <c>last_error</c> says why.</summary>
    public const string Failed = "failed";
    /// <summary>Its canonical link names an article already stored (<c>duplicate_of</c>).</summary>
    public const string Duplicate = "duplicate";
}

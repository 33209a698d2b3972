using AngleSharp.Html.Parser;
using NewsWatch.Articles.Extraction;
using NewsWatch.Common;

namespace NewsWatch.Articles;

/// <summary>
/// Extracts the main text and metadata of an article page. Never throws but for cancellation:
/// malformed markup is parsed the way browsers parse it, and input that is not HTML at all (binary
/// data) or that breaks the extractor yields <see cref="ExtractedArticle.Empty"/>. Thread-safe.
/// </summary>
public sealed class ArticleExtractor
{
    /// <summary>Pages longer than this many characters are cut: no article needs more, and the
    /// cut bounds parsing time and memory.</summary>
    public const int MaxHtmlChars = 8_000_000;

    /// <summary>How much of the page start is checked for binary content.</summary>
    private const int BinaryProbeChars = 8192;

    /// <param name="deadline">A time budget: checked for every element the HTML parser creates and between
    /// the extraction passes, so a page over its budget stops where it is instead of running on.</param>
    /// <exception cref="TimeBudgetExceededException">The budget ran out.</exception>
    /// <exception cref="OperationCanceledException">The deadline's token was cancelled.</exception>
    public ExtractedArticle Extract(string html, Uri? url, Deadline deadline = default)
    {
        if (string.IsNullOrWhiteSpace(html) || LooksBinary(html))
        {
            return ExtractedArticle.Empty;
        }

        try
        {
            var parser = new HtmlParser(new HtmlParserOptions
            {
                IsScripting = false,
                // The parser's own loop has no cancellation for a string source; this hook runs inside it.
                OnCreated = (_, _) => deadline.ThrowIfExpired(),
            });
            using var document = parser.ParseDocument(NestingLimiter.Limit(html.Length > MaxHtmlChars ? html[..MaxHtmlChars] : html));
            deadline.ThrowIfExpired();
            var metadata = MetadataReader.Read(document, url);
            deadline.ThrowIfExpired();
            var text = document.Body is { } body ? BodyTextExtractor.Extract(body, metadata, deadline) : string.Empty;
            return new ExtractedArticle(metadata.Title, text, metadata.Author, metadata.Published, metadata.CanonicalUrl, metadata.Language);
        }
#pragma warning disable CA1031 // The contract is "never throw": a page that breaks the extractor is a page without text.
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
#pragma warning restore CA1031
        {
            return ExtractedArticle.Empty;
        }
    }

    /// <summary>
    /// Text decoded from binary data is full of control characters and replacement characters;
    /// real pages, whatever their language, have almost none.
    /// </summary>
    private static bool LooksBinary(string html)
    {
        var probe = html.AsSpan(0, Math.Min(html.Length, BinaryProbeChars));
        var suspicious = 0;
        foreach (var c in probe)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')))
            {
                suspicious++;
            }
        }

        return suspicious * 20 > probe.Length;
    }
}

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsWatch.Articles;
using NewsWatch.Common;
using NewsWatch.Http;
using NewsWatch.Storage;

namespace NewsWatch.Pipeline;

/// <summary>pending → extracted: fetches the page under the HTTP rules, decodes it and extracts the main text and metadata.</summary>
public sealed partial class ArticleFetchStage(
    ArticleStore articles,
    HttpFetcher fetcher,
    CharsetDecoder decoder,
    ArticleExtractor extractor,
    IOptions<HttpFetchOptions> httpOptions,
    IOptions<PipelineOptions> pipelineOptions,
    TimeProvider time,
    ILogger<ArticleFetchStage> logger) : IArticleStage
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Extracting a page of {Chars} characters took longer than the budget of {Budget} (Pipeline:ExtractTimeout); stopped, to be retried")]
    private partial void LogExtractOverBudget(int chars, TimeSpan budget);

    private const string PageAccept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";

    public string InputStatus => ArticleStatus.Pending;

    public async Task<StageOutcome> RunAsync(ArticleWorkItem article, CancellationToken ct)
    {
        if (!Uri.TryCreate(article.Url, UriKind.Absolute, out var url))
            return StageOutcome.Fail($"invalid article URL '{article.Url}'");

        var fetched = await fetcher.FetchAsync(new FetchRequest(url, httpOptions.Value.MaxPageBytes, Accept: PageAccept), ct).ConfigureAwait(false);
        var error = $"{fetched.Outcome}: {fetched.Error}";
        switch (fetched.Outcome)
        {
            case FetchOutcome.Ok:
                break;
            case FetchOutcome.Timeout or FetchOutcome.NetworkError:
                return StageOutcome.Retry(error, fetched.StatusCode, fetched.RetryAfter);
            case FetchOutcome.HttpError when fetched.StatusCode is null or 408 or 425 or 429 or >= 500:
                return StageOutcome.Retry(error, fetched.StatusCode, fetched.RetryAfter);
            default:
                // Blocked address, size cap, bad scheme, redirect loop, other 4xx: trying again cannot help.
                return StageOutcome.Fail(error, fetched.StatusCode);
        }

        var decoded = decoder.Decode(fetched.Body, fetched.ContentType);
        var budgetLength = pipelineOptions.Value.ExtractTimeout;
        ExtractedArticle extracted;
        try
        {
            // The extractor checks the budget inside its loops, so a page over it stops rather than running on.
            extracted = extractor.Extract(decoded.Text, fetched.FinalUrl, Deadline.Start(budgetLength, time, ct));
        }
        catch (TimeBudgetExceededException)
        {
            // One error line per page: pages over budget cost their budget each, which bounds the rate.
            LogExtractOverBudget(decoded.Text.Length, budgetLength);
            return StageOutcome.Retry($"extraction took longer than its budget of {budgetLength.TotalSeconds:0.###} s (Pipeline:ExtractTimeout) and was stopped", fetched.StatusCode);
        }
        if (string.IsNullOrWhiteSpace(extracted.Text))
            return StageOutcome.Retry("no article text found on the page", fetched.StatusCode);

        var canonical = extracted.CanonicalUrl is { } c ? UrlNormalizer.Normalize(c) : null;
        var next = await articles.SaveExtractedAsync(new ExtractedArticleRow(
            article.Id, fetched.StatusCode ?? 200, fetched.ContentType, decoded.Charset, extracted.Title, extracted.Author,
            extracted.Published, extracted.Language, extracted.Text, canonical), time.GetUtcNow(), ct).ConfigureAwait(false);
        return StageOutcome.Advanced(next);
    }
}

using NewsWatch.Common;
using NewsWatch.Entities.Tagging;
using NewsWatch.Events;
using NewsWatch.Storage;

namespace NewsWatch.Pipeline;

/// <summary>extracted → tagged: tags the article's text and stores its mentions with their sentence numbers.</summary>
public sealed class EntityTagStage(Lazy<EntityTagger> tagger, MentionStore mentions, TimeProvider time) : IArticleStage
{
    public string InputStatus => ArticleStatus.Extracted;

    public async Task<StageOutcome> RunAsync(ArticleWorkItem article, CancellationToken ct)
    {
        var text = article.Text ?? "";
        var published = ArticleDates.PublishedOn(article);
        var found = tagger.Value.Tag(text, published);
        var sentences = SentenceSplitter.Split(text);
        await mentions.ReplaceAsync(article.Id, found, offset => SentenceIndex(sentences, offset, text.Length), ArticleStatus.Tagged, time.GetUtcNow(), ct).ConfigureAwait(false);
        return StageOutcome.Advanced(article with { Status = ArticleStatus.Tagged });
    }

    private static int SentenceIndex(IReadOnlyList<Range> sentences, int offset, int length)
    {
        var lo = 0;
        var hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var (start, _) = sentences[mid].GetOffsetAndLength(length);
            if (start <= offset) lo = mid + 1; else hi = mid - 1;
        }
        return Math.Max(0, hi);
    }
}

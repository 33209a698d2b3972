using NewsWatch.Articles.Extraction;

namespace NewsWatch.Articles.Evaluation;

/// <summary>Scores one extracted text against the benchmark's snippets (shared/README.md, "Scoring the extraction benchmark").</summary>
public static class SnippetScorer
{
    public static SnippetScore Score(string text, IEnumerable<string> with, IEnumerable<string> without)
    {
        var normalized = Normalize(text);
        int tp = 0, fn = 0, fp = 0, tn = 0;
        foreach (var snippet in with)
        {
            if (Contains(normalized, snippet))
            {
                tp++;
            }
            else
            {
                fn++;
            }
        }

        foreach (var snippet in without)
        {
            if (Contains(normalized, snippet))
            {
                fp++;
            }
            else
            {
                tn++;
            }
        }

        return new SnippetScore(tp, fn, fp, tn);
    }

    /// <summary>Collapses runs of white space to one space and trims.</summary>
    public static string Normalize(string text) => Dom.NormalizeSpace(text);

    /// <summary>Whether the snippet, white-space normalised, occurs in the normalised text.</summary>
    public static bool Contains(string normalizedText, string snippet)
        => normalizedText.Contains(Dom.NormalizeSpace(snippet), StringComparison.Ordinal);
}

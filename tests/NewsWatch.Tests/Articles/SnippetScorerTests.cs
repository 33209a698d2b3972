using NewsWatch.Articles.Evaluation;

namespace NewsWatch.Tests.Articles;

public class SnippetScorerTests
{
    [Fact]
    public void Snippets_are_matched_after_white_space_normalisation()
    {
        var score = SnippetScorer.Score(
            "The  fund\nwill cover\u00A0missiles.\n\nShare this",
            with: ["fund will cover missiles.", "not in the text"],
            without: ["Share   this", "Cookie"]);

        Assert.Equal(new SnippetScore(TruePositives: 1, FalseNegatives: 1, FalsePositives: 1, TrueNegatives: 1), score);
    }

    [Fact]
    public void Figures_follow_the_readme_definitions()
    {
        var score = new SnippetScore(TruePositives: 8, FalseNegatives: 2, FalsePositives: 1, TrueNegatives: 5);

        Assert.Equal(8.0 / 9, score.Precision, 10);
        Assert.Equal(0.8, score.Recall, 10);
        Assert.Equal(16.0 / 19, score.F1, 10);
    }

    [Fact]
    public void Splits_are_stable_and_disjoint()
    {
        var names = Enumerable.Range(0, 200).Select(i => $"page-{i}.html").ToArray();

        var dev = names.Where(n => BenchmarkSplit.Dev.Contains(n)).ToArray();
        var holdout = names.Where(n => BenchmarkSplit.Holdout.Contains(n)).ToArray();

        Assert.Empty(dev.Intersect(holdout));
        Assert.Equal(names.Length, dev.Length + holdout.Length);
        Assert.InRange(dev.Length, 70, 130);
        Assert.All(names, n => Assert.True(BenchmarkSplit.All.Contains(n)));
        // Pins the hash: a changed split would silently mix tuning and checking pages.
        Assert.True(BenchmarkSplit.Dev.Contains("0a12df42d1764095989ab078ee0f940b.html"));
        Assert.True(BenchmarkSplit.Holdout.Contains("die-partei.net.luebeck.html"));
    }
}

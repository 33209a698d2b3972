using NewsWatch.Entities;
using NewsWatch.Entities.Model;
using NewsWatch.Entities.Training;

namespace NewsWatch.Tests.Entities;

public sealed class GmbLabelMapperTests
{
    private static readonly GmbCorpus Corpus = GmbReader.Read(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Entities", "gmb_sample.csv"));

    private static List<(string Type, string Text)> Spans(int sentence)
    {
        var labeled = GmbLabelMapper.Shared.Map(Corpus.Sentences[sentence]);
        return [.. labeled.Spans().Select(s => (s.Type, labeled.Text[labeled.Tokens[s.Start].Start..labeled.Tokens[s.End - 1].End]))];
    }

    [Fact]
    public void ReaderHandlesQuotesCrLfWindows1252AndBrokenRows()
    {
        Assert.Equal(6, Corpus.Sentences.Count);
        Assert.Equal(3, Corpus.SkippedRows);
        Assert.Contains("10,000", Corpus.Sentences[1].Words);
        Assert.Contains("\"", Corpus.Sentences[1].Words);
        Assert.Equal(["He", "said", "\u2019s", "Cut"], Corpus.Sentences[5].Words);
    }

    [Fact]
    public void TitlesLeavePersonSpansAndRegionsLeaveCountrySpans() =>
        Assert.Equal([(EntityType.Person, "Vladimir Putin"), (EntityType.Country, "Afghanistan"), (EntityType.Date, "Friday")], Spans(0));

    [Fact]
    public void TitleOnlyPersonSpansTakeTheNameAfterThemAndMistypedCountriesCount() =>
        Assert.Equal([(EntityType.Person, "Yekhanurov"), (EntityType.Country, "Turkey"), (EntityType.Date, "2003")], Spans(1));

    [Fact]
    public void AmountsComeFromTheMoneyRecogniserAndStatesAndClockTimesAreDropped() =>
        Assert.Equal([(EntityType.Country, "Iraqi"), (EntityType.Amount, "$ 40 billion")], Spans(2));

    [Fact]
    public void ACountrySplitAcrossGmbSpansWinsOverAPersonTag() =>
        Assert.Equal([(EntityType.Country, "Sri Lanka")], Spans(3));

    [Fact]
    public void CountryBeforeATitleLeavesThePersonAndRelativeDatesComeFromTheRecogniser() =>
        Assert.Equal([(EntityType.Person, "Khurshid Kasuri"), (EntityType.Date, "last week"), (EntityType.Country, "Ukraine")], Spans(4));

    [Fact]
    public void SplitPutsTheLastTenthAsideForTesting()
    {
        var sentences = Enumerable.Range(1, 100).Select(i => new GmbSentence(i, ["w"], ["NN"], ["O"])).ToList();
        var corpus = new GmbCorpus(sentences, 0);
        Assert.Equal(Enumerable.Range(91, 10), corpus.Test.Select(s => s.Number));
        Assert.Equal(Enumerable.Range(86, 5), corpus.Dev.Select(s => s.Number));
        Assert.Equal(85, corpus.Train.Count());
        Assert.Empty(corpus.Train.Concat(corpus.Dev).Intersect(corpus.Test));
    }

    [Fact]
    public void LabelsAreValidBio()
    {
        foreach (var sentence in Corpus.Sentences)
        {
            var labels = GmbLabelMapper.Shared.Map(sentence).Labels;
            for (var t = 0; t < labels.Length; t++)
            {
                Assert.True(NerLabels.IsAllowed(t == 0 ? -1 : labels[t - 1], labels[t]));
            }
        }
    }
}

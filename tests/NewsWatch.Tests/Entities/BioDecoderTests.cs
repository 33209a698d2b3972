using NewsWatch.Entities.Model;

namespace NewsWatch.Tests.Entities;

public sealed class BioDecoderTests
{
    private static readonly int BPer = NerLabels.Begin(0), IPer = NerLabels.Inside(0), ICountry = NerLabels.Inside(1);

    [Fact]
    public void AnInsideLabelAfterOutsideIsRepairedToAValidSequence()
    {
        // Token 1's best local label is I-COUNTRY after O, which BIO forbids.
        var scores = Scores([(NerLabels.Outside, 0f)], [(ICountry, -0.1f), (NerLabels.Outside, -1f)]);
        var labels = new int[2];
        BioDecoder.Decode(scores, NerLabels.Count, [], labels);
        Assert.True(Valid(labels));
        Assert.Equal([NerLabels.Outside, NerLabels.Outside], labels);
    }

    [Fact]
    public void KeepsASpanWhenTheWholeSpanScoresBetter()
    {
        var scores = Scores([(BPer, -0.5f), (NerLabels.Outside, -0.9f)], [(IPer, -0.1f), (NerLabels.Outside, -2f)]);
        var labels = new int[2];
        BioDecoder.Decode(scores, NerLabels.Count, [], labels);
        Assert.Equal([BPer, IPer], labels);
    }

    [Fact]
    public void RandomScoresAlwaysDecodeToValidBio()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 500; trial++)
        {
            var n = random.Next(1, 30);
            var scores = new float[n * NerLabels.Count];
            for (var i = 0; i < scores.Length; i++)
            {
                scores[i] = (float)(random.NextDouble() * -10);
            }

            var transitions = new float[(NerLabels.Count + 1) * NerLabels.Count];
            for (var i = 0; i < transitions.Length; i++)
            {
                transitions[i] = (float)(random.NextDouble() * -3);
            }

            var labels = new int[n];
            BioDecoder.Decode(scores, NerLabels.Count, trial % 2 == 0 ? transitions : [], labels);
            Assert.True(Valid(labels), string.Join(' ', labels.Select(NerLabels.Name)));
        }
    }

    [Fact]
    public void SpansAreReadTheSeqevalWay()
    {
        var spans = new List<LabeledSpan>();
        LabeledSpan.FromLabels([BPer, IPer, NerLabels.Outside, ICountry, NerLabels.Begin(3)], spans);
        Assert.Equal([new LabeledSpan(0, 0, 2), new LabeledSpan(1, 3, 4), new LabeledSpan(3, 4, 5)], spans);
    }

    private static bool Valid(int[] labels)
    {
        for (var t = 0; t < labels.Length; t++)
        {
            if (!NerLabels.IsAllowed(t == 0 ? -1 : labels[t - 1], labels[t]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Per-token score rows: every label −20 except the given ones.</summary>
    private static float[] Scores(params (int Label, float Score)[][] rows)
    {
        var scores = new float[rows.Length * NerLabels.Count];
        Array.Fill(scores, -20f);
        for (var t = 0; t < rows.Length; t++)
        {
            foreach (var (label, score) in rows[t])
            {
                scores[t * NerLabels.Count + label] = score;
            }
        }

        return scores;
    }
}

using NewsWatch.Entities.Model;

namespace NewsWatch.Entities.Training;

/// <summary>Scores the model against mapped corpus labels.</summary>
public static class NerEvaluator
{
    /// <summary>Model only: the model's decoded spans on the corpus tokens.</summary>
    public static EntityScores ModelOnly(NerModel model, IEnumerable<LabeledSentence> sentences)
    {
        var scores = new EntityScores();
        var predicted = new List<LabeledSpan>();
        foreach (var sentence in sentences)
        {
            var n = sentence.Tokens.Length;
            var labels = new int[n];
            var confidence = new float[n];
            model.Label(sentence.Text, sentence.Tokens, labels, confidence);
            predicted.Clear();
            LabeledSpan.FromLabels(labels, predicted);
            scores.Add(sentence.Spans(), predicted);
        }

        return scores;
    }
}

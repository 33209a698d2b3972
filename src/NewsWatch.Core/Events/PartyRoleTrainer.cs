using Microsoft.ML;
using Microsoft.ML.Transforms.Text;

namespace NewsWatch.Events;

/// <summary>
/// Trains the party-role model: the <see cref="PartyRoleFeatures"/> words of each candidate party as a bag
/// of words into a maximum-entropy model over donor, recipient and neither. Fixed seed, so the same data
/// gives the same model.
/// </summary>
public static class PartyRoleTrainer
{
    /// <summary>Chosen on the held-out documents among 0.03–3 (see the model card).</summary>
    public const float L2Regularization = 0.3f;

    public static (MLContext Context, ITransformer Model, DataViewSchema Schema) Train(IEnumerable<PartyRoleInput> rows, int seed = AidSentenceTrainer.DefaultSeed, float l2 = L2Regularization)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows.ToList());
        var featurizer = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepPunctuations = true,
            KeepNumbers = true,
            StopWordsRemoverOptions = null,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1, UseAllLengths = true },
            CharFeatureExtractor = null,
            Norm = TextFeaturizingEstimator.NormFunction.None,
        };
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", nameof(PartyRoleInput.Label))
            .Append(ml.Transforms.Text.FeaturizeText("Vector", featurizer, nameof(PartyRoleInput.Features)))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy("Label", "Vector", l1Regularization: 0f, l2Regularization: l2))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        var model = pipeline.Fit(data);
        return (ml, model, data.Schema);
    }
}

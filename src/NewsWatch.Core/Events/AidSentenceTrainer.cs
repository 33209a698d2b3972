using Microsoft.ML;
using Microsoft.ML.Transforms.Text;

namespace NewsWatch.Events;

/// <summary>
/// Trains the aid-sentence classifier: word 1-2-grams and character 2-4-grams (lower-cased, stop words
/// kept because "will", "has" and "so far" carry the tense that separates a pledge from a past mention)
/// into a maximum-entropy model trained with L-BFGS. Fixed seed, so the same data gives the same model.
/// </summary>
public static class AidSentenceTrainer
{
    public const int DefaultSeed = 1;

    /// <summary>
    /// Chosen on the held-out parts (written and real dev) among 0.01–1 and against SDCA: L-BFGS at 0.3 scored
    /// best on both (real pledge F1 0.69 vs 0.58 with SDCA; written accuracy 0.87 vs 0.79).
    /// </summary>
    public const float L2Regularization = 0.3f;

    public static (MLContext Context, ITransformer Model, DataViewSchema Schema) Train(IEnumerable<LabelledSentence> sentences, int seed = DefaultSeed)
    {
        var ml = new MLContext(seed);
        var rows = sentences.Select(s => AidSentenceInput.For(s.Text, s.Label)).ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        var featurizer = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var cues = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            StopWordsRemoverOptions = null,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1 },
            CharFeatureExtractor = null,
            Norm = TextFeaturizingEstimator.NormFunction.None,
        };
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", nameof(AidSentenceInput.Label))
            .Append(ml.Transforms.Text.FeaturizeText("TextFeatures", featurizer, nameof(AidSentenceInput.Text)))
            .Append(ml.Transforms.Text.FeaturizeText("CueFeatures", cues, nameof(AidSentenceInput.Cues)))
            .Append(ml.Transforms.Concatenate("Features", "TextFeatures", "CueFeatures"))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy("Label", "Features", l1Regularization: 0f, l2Regularization: L2Regularization))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        var model = pipeline.Fit(data);
        return (ml, model, data.Schema);
    }

    public static void Save(MLContext ml, ITransformer model, DataViewSchema schema, string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        ml.Model.Save(model, schema, path);
    }
}

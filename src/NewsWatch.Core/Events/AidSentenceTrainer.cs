using Microsoft.ML;
using Microsoft.ML.Transforms.Text;

namespace NewsWatch.Events;

/// <summary>
/// Trains the aid-sentence classifier: word 1-2-grams and character 2-4-grams (lower-cased, stop words
/// kept because "will", "has" and "so far" carry the tense that separates a pledge from a past mention)
/// into a maximum-entropy model trained with SDCA. Fixed seed, so the same data gives the same model.
/// </summary>
public static class AidSentenceTrainer
{
    public const int DefaultSeed = 1;

    public static (MLContext Context, ITransformer Model, DataViewSchema Schema) Train(IEnumerable<LabelledSentence> sentences, int seed = DefaultSeed)
    {
        var ml = new MLContext(seed);
        var rows = sentences.Select(s => new AidSentenceInput { Label = s.Label, Text = AidSentenceInput.Prepare(s.Text) }).ToList();
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
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", nameof(AidSentenceInput.Label))
            .Append(ml.Transforms.Text.FeaturizeText("Features", featurizer, nameof(AidSentenceInput.Text)))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy("Label", "Features", l2Regularization: 1e-4f, maximumNumberOfIterations: 200))
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

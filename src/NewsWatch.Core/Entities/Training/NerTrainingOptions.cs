using System.ComponentModel.DataAnnotations;

namespace NewsWatch.Entities.Training;

/// <summary>Hyper-parameters of <see cref="NerTrainer"/>; the defaults are the ones models/ner.zip was trained with.</summary>
public sealed record NerTrainingOptions
{
    /// <summary>Seed for ML.NET (default 42).</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Feature hash space is 2^HashBits (default 18: 262,144 slots × 9 classes of weights).</summary>
    [Range(12, 24)]
    public int HashBits { get; init; } = 18;

    /// <summary>L1 weight of L-BFGS maximum entropy (default 0.25); higher means a sparser, smaller model.</summary>
    public float L1 { get; init; } = 0.25f;

    /// <summary>L2 weight of L-BFGS maximum entropy (default 1).</summary>
    public float L2 { get; init; } = 1f;

    /// <summary>L-BFGS iteration cap (default 80).</summary>
    public int MaxIterations { get; init; } = 80;

    /// <summary>Every Nth training sentence is also added title-cased, as headlines are written (default 10).</summary>
    [Range(1, int.MaxValue)]
    public int TitleCaseEvery { get; init; } = 10;

    /// <summary>
    /// Every Nth training sentence that names a person is also added with its names replaced by unseen ones
    /// (<see cref="UnseenNameAugmenter"/>); 0 turns this off (default 0, the setting models/ner.zip was trained with).
    /// </summary>
    [Range(0, int.MaxValue)]
    public int UnseenNamesEvery { get; init; }

    /// <summary>
    /// Relabel O the training PERSON spans that the non-person lists veto (<see cref="PersonLabelCleaner"/>), so the
    /// model stops learning GMB's cities and companies as people (default on, the setting models/ner.zip was trained with).
    /// </summary>
    public bool CleanPersonLabels { get; init; } = true;

    /// <summary>Which features to compute (<see cref="Model.FeatureExtractor.FeatureVersion"/>; 1 leaves out the name hints, 2 the word classes).</summary>
    [Range(1, Model.FeatureExtractor.FeatureVersion)]
    public int FeatureVersion { get; init; } = Model.FeatureExtractor.FeatureVersion;

    /// <summary>The word classes version 3 reads (<see cref="WordClusterTrainer"/>); saved into the model file.</summary>
    public Model.WordClusters? Clusters { get; init; }

    /// <summary>Train on at most this many sentences of the training split (default: all); for quick trials.</summary>
    public int? SentenceLimit { get; init; }

    /// <summary>Transition weights tried on the dev set; the best is kept in the model (default 0, 0.5, 1).</summary>
    public IReadOnlyList<float> TransitionWeights { get; init; } = [0f, 0.5f, 1f];
}

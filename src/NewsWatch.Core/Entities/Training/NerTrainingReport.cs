namespace NewsWatch.Entities.Training;

/// <summary>What <see cref="NerTrainer.Train"/> did: sizes, timings and the dev-set scores of the saved model.</summary>
public sealed record NerTrainingReport(
    int TrainSentences,
    int TrainTokens,
    int DevSentences,
    TimeSpan LabelAndFeatureTime,
    TimeSpan TrainTime,
    TimeSpan TotalTime,
    float TransitionWeight,
    IReadOnlyList<(float Weight, double MicroF1)> TransitionTrials,
    long NonZeroWeights,
    long ModelFileBytes,
    EntityScores Dev);

namespace NewsWatch.Articles.Evaluation;

/// <summary>
/// Counts of the extraction benchmark: a <c>with</c> snippet found is a true positive, missed a
/// false negative; a <c>without</c> snippet found is a false positive, missed a true negative.
/// </summary>
public readonly record struct SnippetScore(int TruePositives, int FalseNegatives, int FalsePositives, int TrueNegatives)
{
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Ratio(2 * TruePositives, (2 * TruePositives) + FalsePositives + FalseNegatives);

    public static SnippetScore operator +(SnippetScore a, SnippetScore b) => new(
        a.TruePositives + b.TruePositives,
        a.FalseNegatives + b.FalseNegatives,
        a.FalsePositives + b.FalsePositives,
        a.TrueNegatives + b.TrueNegatives);

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}

namespace NewsWatch.Entities.Dates.TimeBank;

/// <summary>
/// DATE extraction and normalisation scores, TempEval-3 style: span precision/recall/F1 with exact (strict) and
/// overlapping (relaxed) matches, and value accuracy over the relaxed matches.
/// </summary>
public sealed record TimeBankScore(
    int Documents, int Gold, int Found, int StrictMatches, int RelaxedMatches, int ValuesRight, IReadOnlyList<string> Failures)
{
    public double StrictPrecision => Ratio(StrictMatches, Found);
    public double StrictRecall => Ratio(StrictMatches, Gold);
    public double StrictF1 => F1(StrictPrecision, StrictRecall);
    public double RelaxedPrecision => Ratio(RelaxedMatches, Found);
    public double RelaxedRecall => Ratio(RelaxedMatches, Gold);
    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    /// <summary>The share of relaxed span matches whose value equals the gold TIMEX3 value.</summary>
    public double ValueAccuracy => Ratio(ValuesRight, RelaxedMatches);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

namespace NewsWatch.Entities.Amounts;

/// <summary>
/// The money recogniser's score on a Recognizers-Text currency suite: <see cref="Correct"/> of
/// <see cref="WithResult"/> cases found exactly the expected amounts and currencies; <see cref="FalsePositives"/>
/// of <see cref="Negatives"/> cases without any expected result got an amount anyway.
/// </summary>
public sealed record CurrencySuiteScore(
    int Cases,
    int WithResult,
    int Correct,
    int Negatives,
    int FalsePositives,
    IReadOnlyList<string> Failures)
{
    public double Accuracy => WithResult == 0 ? 0 : (double)Correct / WithResult;
}

namespace NewsWatch.Entities.Dates;

/// <summary>
/// The date recogniser's score on a Recognizers-Text date/time suite: <see cref="Correct"/> of <see cref="Scored"/>
/// cases (those with an expected date or date range) had every such result found with the right value.
/// </summary>
public sealed record DateSuiteScore(int Cases, int Scored, int Correct, int ExpectedResults, int MatchedResults, IReadOnlyList<string> Failures)
{
    public double Accuracy => Scored == 0 ? 0 : (double)Correct / Scored;
}

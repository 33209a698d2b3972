using System.CommandLine;
using System.Globalization;
using NewsWatch.Entities.Dates;

namespace NewsWatch.Cli;

/// <summary>
/// <c>newswatch bench dates --file DateTimeModel.json [--floor 0.85]</c>: scores the date recogniser on the
/// Recognizers-Text date/time suite (cases with date or daterange results). Exit code 1 below the floor.
/// </summary>
public static class BenchDatesCommand
{
    public static Command Create() => SuiteBenchCommand.Create(
        "dates", "Score the date recogniser on the Recognizers-Text date/time suite.", "The DateTimeModel.json suite.", 0.85,
        (json, maxFailures) =>
        {
            var score = DateSuiteScorer.Score(DateRecognizer.Shared, json, maxFailures);
            return new SuiteOutcome(
                string.Create(CultureInfo.InvariantCulture,
                    $"dates: {score.Correct}/{score.Scored} cases right ({score.Accuracy:P1}); {score.MatchedResults}/{score.ExpectedResults} date/daterange results matched; {score.Cases} cases in the suite"),
                score.Failures, score.Accuracy);
        });
}

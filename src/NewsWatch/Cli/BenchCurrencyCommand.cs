using System.CommandLine;
using System.Globalization;
using NewsWatch.Entities.Amounts;

namespace NewsWatch.Cli;

/// <summary>
/// <c>newswatch bench currency --file CurrencyModel.json [--floor 0.95]</c>: scores the money recogniser on the
/// Recognizers-Text currency suite. Exit code 1 below the floor or when any negative case (no expected result)
/// gets an amount.
/// </summary>
public static class BenchCurrencyCommand
{
    public static Command Create() => SuiteBenchCommand.Create(
        "currency", "Score the money recogniser on the Recognizers-Text currency suite.", "The CurrencyModel.json suite.", 0.95,
        (json, maxFailures) =>
        {
            var score = CurrencySuiteScorer.Score(MoneyRecognizer.Shared, json, maxFailures);
            return new SuiteOutcome(
                string.Create(CultureInfo.InvariantCulture,
                    $"currency: {score.Correct}/{score.WithResult} right ({score.Accuracy:P1}); negatives {score.Negatives}, false positives {score.FalsePositives}; {score.Cases} cases"),
                score.Failures, score.Accuracy,
                score.FalsePositives > 0 ? $"{score.FalsePositives} amount(s) found on negative cases" : null);
        });
}

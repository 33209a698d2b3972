using System.CommandLine;
using System.Globalization;
using NewsWatch.Entities.Amounts;

namespace NewsWatch.Cli;

/// <summary>
/// <c>newswatch bench currency --file CurrencyModel.json [--floor 0.95]</c>: scores the money recogniser on the
/// Recognizers-Text currency suite. Prints the score and counts; failing cases go to stderr. Exit code 1 below the
/// floor or when any negative case (no expected result) gets an amount.
/// </summary>
public static class BenchCurrencyCommand
{
    public static Command Create()
    {
        var file = new Option<FileInfo>("--file") { Description = "The CurrencyModel.json suite.", Required = true };
        var floor = new Option<double>("--floor")
        {
            Description = "Fail (exit code 1) when the share of right cases is below this.",
            DefaultValueFactory = _ => 0.95,
        };
        var max = new Option<int>("--max-failures") { Description = "How many failing cases to list.", DefaultValueFactory = _ => 50 };
        var command = new Command("currency", "Score the money recogniser on the Recognizers-Text currency suite.");
        command.Options.Add(file);
        command.Options.Add(floor);
        command.Options.Add(max);
        command.SetAction(async (parseResult, ct) =>
        {
            var config = parseResult.InvocationConfiguration;
            var json = await File.ReadAllTextAsync(parseResult.GetValue(file)!.FullName, ct).ConfigureAwait(false);
            var score = CurrencySuiteScorer.Score(MoneyRecognizer.Shared, json, parseResult.GetValue(max));
            foreach (var failure in score.Failures)
            {
                await config.Error.WriteLineAsync(failure).ConfigureAwait(false);
            }
            await config.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"currency: {score.Correct}/{score.WithResult} right ({score.Accuracy:P1}); negatives {score.Negatives}, false positives {score.FalsePositives}; {score.Cases} cases"))
                .ConfigureAwait(false);
            var minimum = parseResult.GetValue(floor);
            if (score.Accuracy < minimum || score.FalsePositives > 0)
            {
                await config.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"FAIL: accuracy {score.Accuracy:F4} (floor {minimum:F4}), false positives {score.FalsePositives}")).ConfigureAwait(false);
                return 1;
            }
            return 0;
        });
        return command;
    }
}

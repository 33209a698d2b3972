using System.CommandLine;
using System.Globalization;
using NewsWatch.Entities.Dates;

namespace NewsWatch.Cli;

/// <summary>
/// <c>newswatch bench dates --file DateTimeModel.json [--floor 0.85]</c>: scores the date recogniser on the
/// Recognizers-Text date/time suite (cases with date or daterange results). Prints the score and counts; failing
/// cases go to stderr. Exit code 1 below the floor.
/// </summary>
public static class BenchDatesCommand
{
    public static Command Create()
    {
        var file = new Option<FileInfo>("--file") { Description = "The DateTimeModel.json suite.", Required = true };
        var floor = new Option<double>("--floor")
        {
            Description = "Fail (exit code 1) when the share of right cases is below this.",
            DefaultValueFactory = _ => 0.85,
        };
        var max = new Option<int>("--max-failures") { Description = "How many failing cases to list.", DefaultValueFactory = _ => 50 };
        var command = new Command("dates", "Score the date recogniser on the Recognizers-Text date/time suite.");
        command.Options.Add(file);
        command.Options.Add(floor);
        command.Options.Add(max);
        command.SetAction(async (parseResult, ct) =>
        {
            var config = parseResult.InvocationConfiguration;
            var json = await File.ReadAllTextAsync(parseResult.GetValue(file)!.FullName, ct).ConfigureAwait(false);
            var score = DateSuiteScorer.Score(DateRecognizer.Shared, json, parseResult.GetValue(max));
            foreach (var failure in score.Failures)
            {
                await config.Error.WriteLineAsync(failure).ConfigureAwait(false);
            }
            await config.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"dates: {score.Correct}/{score.Scored} cases right ({score.Accuracy:P1}); {score.MatchedResults}/{score.ExpectedResults} date/daterange results matched; {score.Cases} cases in the suite"))
                .ConfigureAwait(false);
            var minimum = parseResult.GetValue(floor);
            if (score.Accuracy < minimum)
            {
                await config.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"FAIL: accuracy {score.Accuracy:F4} is below the floor {minimum:F4}")).ConfigureAwait(false);
                return 1;
            }
            return 0;
        });
        return command;
    }
}

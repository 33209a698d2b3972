using System.CommandLine;
using System.Globalization;

namespace NewsWatch.Cli;

/// <summary>What scoring a recogniser suite found: the summary line, the failing cases, the share right, and any hard violation.</summary>
public sealed record SuiteOutcome(string Summary, IReadOnlyList<string> Failures, double Accuracy, string? Violation = null);

/// <summary>
/// The shape every recogniser-suite gate shares: <c>--file</c>, <c>--floor</c>, <c>--max-failures</c>;
/// the summary on stdout, failing cases on stderr, exit code 1 below the floor or on a violation.
/// </summary>
public static class SuiteBenchCommand
{
    public static Command Create(string name, string description, string fileDescription, double defaultFloor, Func<string, int, SuiteOutcome> score)
    {
        var file = new Option<FileInfo>("--file") { Description = fileDescription, Required = true };
        var floor = new Option<double>("--floor")
        {
            Description = "Fail (exit code 1) when the share of right cases is below this.",
            DefaultValueFactory = _ => defaultFloor,
        };
        var max = new Option<int>("--max-failures") { Description = "How many failing cases to list.", DefaultValueFactory = _ => 50 };
        var command = new Command(name, description);
        command.Options.Add(file);
        command.Options.Add(floor);
        command.Options.Add(max);
        command.SetAction(async (parseResult, ct) =>
        {
            var config = parseResult.InvocationConfiguration;
            var json = await File.ReadAllTextAsync(parseResult.GetValue(file)!.FullName, ct).ConfigureAwait(false);
            var outcome = score(json, parseResult.GetValue(max));
            foreach (var failure in outcome.Failures)
                await config.Error.WriteLineAsync(failure).ConfigureAwait(false);
            await config.Output.WriteLineAsync(outcome.Summary).ConfigureAwait(false);
            var minimum = parseResult.GetValue(floor);
            if (outcome.Accuracy < minimum || outcome.Violation is not null)
            {
                await config.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"FAIL: accuracy {outcome.Accuracy:F4} (floor {minimum:F4}){(outcome.Violation is { } v ? "; " + v : "")}")).ConfigureAwait(false);
                return 1;
            }
            return 0;
        });
        return command;
    }
}

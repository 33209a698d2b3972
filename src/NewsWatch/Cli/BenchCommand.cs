using System.CommandLine;

namespace NewsWatch.Cli;

/// <summary><c>newswatch bench</c>: quality and speed figures on the shared benchmarks.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Measure quality and speed on the shared benchmarks (../shared).");
        command.Subcommands.Add(BenchExtractCommand.Create());
        command.Subcommands.Add(BenchFeedsCommand.Create());
        command.Subcommands.Add(BenchCurrencyCommand.Create());
        command.Subcommands.Add(BenchEventsCommand.Create());
        command.Subcommands.Add(BenchEventsCvCommand.Create());
        command.Subcommands.Add(BenchEventsHeldOutCommand.Create());
        command.Subcommands.Add(BenchDatesCommand.Create());
        command.Subcommands.Add(BenchTaggerCommand.Create());
        command.Subcommands.Add(BenchSeedCommand.Create());
        foreach (var verb in BenchPipelineCommand.Create()) command.Subcommands.Add(verb);
        command.Subcommands.Add(BenchClusterCommand.Create());
        command.Subcommands.Add(BenchPollsCommand.Create());
        return command;
    }
}

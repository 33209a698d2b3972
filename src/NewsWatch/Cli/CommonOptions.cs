using System.CommandLine;

namespace NewsWatch.Cli;

/// <summary>Options every verb understands. Everything else is configured through appsettings.json or environment variables.</summary>
public static class CommonOptions
{
    public static readonly Option<string?> Database = new("--db")
    {
        Description = "SQLite database file (overrides Storage:Path; default data/newswatch.db).",
        Recursive = true,
    };

    public static readonly Option<FileInfo?> Config = new("--config")
    {
        Description = "A JSON configuration file used instead of appsettings.json (also NEWSWATCH_CONFIG).",
        Recursive = true,
    };

    /// <summary>The configuration overrides the common options stand for, as command-line configuration arguments.</summary>
    public static string[] ToConfigurationArgs(ParseResult parseResult) =>
        parseResult.GetValue(Database) is { Length: > 0 } db ? [$"--Storage:Path={db}"] : [];
}

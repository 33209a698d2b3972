using System.Text.Json;
using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Cli;

/// <summary>
/// Every verb builds its host through the one path (VerbHost), so <c>--config</c> and <c>--db</c> reach all of
/// them. Run against the real binary: extract, bench extract and bench events used to ignore both.
/// </summary>
public sealed class CommonOptionsTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "newswatch-tests", Guid.NewGuid().ToString("N"));

    public CommonOptionsTests()
    {
        Directory.CreateDirectory(_dir);
        Directory.CreateDirectory(Path.Combine(_dir, "empty"));
        Directory.CreateDirectory(Path.Combine(_dir, "eval"));
        File.WriteAllText(Path.Combine(_dir, "eval", "evaldata.json"), "{}");
        File.WriteAllText(Path.Combine(_dir, "seed.txt"), "Britain pledged £100 million to Ukraine on Tuesday.");
        File.WriteAllText(Path.Combine(_dir, "feeds.opml"), """<?xml version="1.0"?><opml version="2.0"><body><outline type="rss" text="News" xmlUrl="https://news.example/rss"/></body></opml>""");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    [Theory]
    [InlineData("run")]
    [InlineData("feeds list")]
    [InlineData("feeds add https://news.example/rss")]
    [InlineData("feeds import {dir}/feeds.opml")]
    [InlineData("alerts list")]
    [InlineData("alerts retry")]
    [InlineData("alerts test")]
    [InlineData("extract --jsonl")]
    [InlineData("tag --jsonl")]
    [InlineData("bench tagger")]
    [InlineData("bench seed --file {dir}/seed.txt --published 2024-06-13")]
    [InlineData("bench events --dir {dir}/empty")]
    [InlineData("bench extract --dir {dir}/eval")]
    public void Every_verb_reads_the_config_file_it_is_given(string verb)
    {
        // A missing file is the one configuration mistake every host notices while it is built.
        var missing = Path.Combine(_dir, "missing.json");
        using var process = DaemonProcess.Start(missing, Args(verb));
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), process.Output);
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("configuration error", process.Output);
        Assert.Contains("missing.json", process.Output);
    }

    [Theory]
    [InlineData("feeds list", true)]
    [InlineData("feeds list", false)]
    [InlineData("feeds add https://news.example/rss", true)]
    [InlineData("feeds add https://news.example/rss", false)]
    [InlineData("feeds import {dir}/feeds.opml", true)]
    [InlineData("feeds import {dir}/feeds.opml", false)]
    [InlineData("alerts list", true)]
    [InlineData("alerts list", false)]
    [InlineData("alerts retry", true)]
    [InlineData("alerts retry", false)]
    public void A_database_verb_uses_the_db_option_else_the_config_files_database(string verb, bool withDb)
    {
        var (config, fromConfig, fromOption) = Databases();
        using var process = DaemonProcess.Start(config, [.. Args(verb), .. withDb ? new[] { "--db", fromOption } : []]);
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), process.Output);
        Assert.True(process.ExitCode == 0, process.Output);
        Assert.Equal(withDb, File.Exists(fromOption));
        Assert.Equal(!withDb, File.Exists(fromConfig));
    }

    [Fact]
    public void Health_reads_the_config_file_it_is_given_and_answers_unhealthy_without_it()
    {
        // Exit 1, not the verbs' 2: Docker reserves a HEALTHCHECK's exit 2, and health answers every problem as unhealthy.
        using var process = DaemonProcess.Start(Path.Combine(_dir, "missing.json"), "health");
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), process.Output);
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("missing.json", process.Output);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Health_looks_at_the_db_option_else_the_config_files_database(bool withDb)
    {
        var (config, fromConfig, fromOption) = Databases();
        using var process = DaemonProcess.Start(config, withDb ? ["health", "--db", fromOption] : ["health"]);
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), process.Output);
        Assert.Equal(1, process.ExitCode);
        Assert.Contains($"no database at {(withDb ? fromOption : fromConfig)}", process.Output);
    }

    [Fact]
    public void An_opml_publisher_the_events_stage_cannot_use_is_dropped_with_a_warning()
    {
        var opml = Path.Combine(_dir, "publishers.opml");
        File.WriteAllText(opml, """<?xml version="1.0"?><opml version="2.0"><body><outline type="rss" text="Gov" xmlUrl="https://gov.example/rss" publisher="GB"/><outline type="rss" text="Odd" xmlUrl="https://odd.example/rss" publisher="QQ"/></body></opml>""");
        var (config, _, fromOption) = Databases();
        using var import = DaemonProcess.Start(config, "feeds", "import", opml, "--db", fromOption);
        Assert.True(import.WaitForExit(TimeSpan.FromSeconds(60)), import.Output);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("publisher 'QQ' is not a known country or body code", import.Output);
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={fromOption}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT url || '=' || coalesce(publisher, '-') FROM feeds ORDER BY url";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.GetString(0));
        Assert.Equal(["https://gov.example/rss=GB", "https://odd.example/rss=-"], rows);
    }

    private string[] Args(string verb) => verb.Replace("{dir}", _dir, StringComparison.Ordinal).Split(' ');

    private (string Config, string FromConfig, string FromOption) Databases()
    {
        var fromConfig = Path.Combine(_dir, "from-config.db");
        var config = Path.Combine(_dir, "newswatch.test.json");
        File.WriteAllText(config, JsonSerializer.Serialize(new { Storage = new { Path = fromConfig } }));
        return (config, fromConfig, Path.Combine(_dir, "from-option.db"));
    }
}

using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Daemon;

/// <summary>A wrong configuration stops the daemon at once with one line naming the key and the problem, and exit code 2.</summary>
public sealed class ConfigurationErrorTests : SiteAndFolder
{
    private static string Run(DaemonProcess daemon)
    {
        Assert.True(daemon.WaitForExit(TimeSpan.FromSeconds(60)), "the daemon kept running with a bad configuration:\n" + daemon.Output);
        return daemon.Output;
    }

    [Theory]
    [InlineData("""{ "Feeds": { "Sources": [ { "Name": "", "Url": "https://ok.example/feed.xml" } ] } }""", "Feeds:Sources:0:Name")]
    [InlineData("""{ "Feeds": { "Sources": [ { "Name": "files", "Url": "ftp://files.example/feed.xml" } ] } }""", "Feeds:Sources:0:Url")]
    [InlineData("""{ "Pipeline": { "BatchSize": "many" } }""", "Pipeline:BatchSize")]
    [InlineData("""{ "Scheduling": { "MaxConcurrency": 4 } }""", "MaxConcurrency")]
    [InlineData("""{ "Feeds": { "Sources": [ { "Name": "gov", "Url": "https://gov.example/feed.xml", "Publsher": "US" } ] } }""", "Publsher")]
    [InlineData("""{ "Feeds": { "Sources": [ { "Name": "gov", "Url": "https://gov.example/feed.xml", "Publisher": "not a code" } ] } }""", "Publisher")]
    [InlineData("""{ "Feeds": { "Sources": [ { "Name": "gov", "Url": "https://gov.example/feed.xml", "Publisher": "QQ" } ] } }""", "Feeds:Sources:0:Publisher")]
    public void A_bad_value_is_one_line_naming_its_key_and_exit_code_2(string json, string key)
    {
        var config = Path.Combine(Dir, "bad.json");
        File.WriteAllText(config, json);
        using var daemon = DaemonProcess.Start(config, "run", "--db", Path.Combine(Dir, "x.db"));
        var output = Run(daemon);
        Assert.Equal(2, daemon.ExitCode);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), l => l.Contains("configuration error", StringComparison.Ordinal));
        Assert.Contains(key, line);
        Assert.DoesNotContain("   at ", output);
    }

    [Fact]
    public void A_missing_config_file_is_one_line_and_exit_code_2()
    {
        using var daemon = DaemonProcess.Start(Path.Combine(Dir, "missing.json"), "run");
        var output = Run(daemon);
        Assert.Equal(2, daemon.ExitCode);
        Assert.Contains("configuration error", output);
        Assert.DoesNotContain("   at ", output);
    }
}

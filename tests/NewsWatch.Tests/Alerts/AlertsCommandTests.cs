using System.CommandLine;
using System.Text.Json;
using NewsWatch.Alerts;
using NewsWatch.Cli;

namespace NewsWatch.Tests.Alerts;

public sealed class AlertsCommandTests
{
    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var root = new RootCommand();
        root.Options.Add(CommonOptions.Database);
        root.Options.Add(CommonOptions.Config);
        root.Subcommands.Add(AlertsCommand.Create());
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task List_shows_dead_alerts_with_their_last_error()
    {
        await using var kit = await AlertTestKit.StartAsync(new Dictionary<string, string?> { ["Alerts:MaxAttempts"] = "2" });
        kit.Receiver.StatusFor = _ => 502;
        await kit.EnqueueAsync(TestAlerts.Create(eventId: 5));
        await kit.EnqueueAsync(TestAlerts.Create(eventId: 6));
        await kit.Dispatcher.DispatchDueAsync(CancellationToken.None);
        kit.Time.Advance(TimeSpan.FromHours(2));
        kit.Receiver.StatusFor = n => n == 3 ? 200 : 502;
        await kit.Dispatcher.DispatchDueAsync(CancellationToken.None);

        var (exit, output, _) = await RunAsync("alerts", "list", "--status", "dead", "--db", kit.Db.FilePath);

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("ID  STATUS", lines[0]);
        Assert.Contains("dead", lines[1]);
        Assert.Contains("United States → Ukraine $1.2 billion", lines[1]);
        Assert.Contains("HTTP 502", lines[1]);

        (exit, output, _) = await RunAsync("alerts", "list", "--limit", "5", "--db", kit.Db.FilePath);
        Assert.Equal(0, exit);
        Assert.Equal(3, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("delivered", output);
    }

    [Fact]
    public async Task Test_sends_a_signed_sample_straight_to_the_webhook_and_prints_the_result()
    {
        await using var kit = await AlertTestKit.StartAsync();
        var failing = WebhookReceiver.MapOn(kit.Server, "/broken");
        failing.StatusFor = _ => 404;
        var configFile = Path.Combine(Path.GetDirectoryName(kit.Db.FilePath)!, "alerts-test.json");
        await File.WriteAllTextAsync(configFile, JsonSerializer.Serialize(new
        {
            Alerts = new
            {
                Webhooks = new object[]
                {
                    new { Name = "ops", Url = kit.Receiver.Url.ToString(), Format = "discord", Secret = "cli-secret" },
                    new { Name = "old", Url = failing.Url.ToString() },
                },
            },
        }));
        string[] config = ["--db", kit.Db.FilePath, "--config", configFile];

        var (exit, output, _) = await RunAsync(["alerts", "test", "--webhook", "ops", .. config]);
        Assert.Equal(0, exit);
        Assert.Matches(@"^ops \(discord, signed\): HTTP 200 in \d+ ms, delivery [0-9a-f-]{36}", output);
        var request = Assert.Single(kit.Receiver.Received);
        Assert.Equal("true", request.Header(WebhookHeaders.Test));
        Assert.NotNull(request.Header(WebhookHeaders.Signature));
        Assert.StartsWith("[Test] United States pledges $1.2 billion", request.Json.GetProperty("content").GetString());
        Assert.Equal(0, await kit.ScalarAsync<int>("SELECT count(*) FROM alert_outbox"));

        (exit, output, _) = await RunAsync(["alerts", "test", .. config]);
        Assert.Equal(1, exit);
        Assert.Contains("old (generic, unsigned): FAILED after", output);
        Assert.Contains("HTTP 404", output);

        (exit, _, var error) = await RunAsync(["alerts", "test", "--webhook", "nope", .. config]);
        Assert.Equal(1, exit);
        Assert.Contains("No webhook named 'nope'. Configured: ops, old", error);
    }
}

using NewsWatch.Cli;
using NewsWatch.Storage;
using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Daemon;

public sealed class HealthCommandTests : SiteAndFolder
{
    [Fact]
    public void Without_a_database_health_is_unhealthy_and_creates_nothing()
    {
        var missing = Path.Combine(Dir, "sub", "none.db");
        var config = DaemonConfig.Write(Dir, []);
        using var health = DaemonProcess.Start(config, "health", "--db", missing);
        Assert.True(health.WaitForExit(TimeSpan.FromSeconds(60)));
        Assert.Equal(1, health.ExitCode);
        Assert.Contains("no database", health.Output);
        Assert.False(Directory.Exists(Path.Combine(Dir, "sub")));
    }

    [Fact]
    public async Task Every_feed_failing_or_overdue_work_is_degraded()
    {
        await using var db = await TempDatabase.CreateAsync();
        var feeds = new FeedStore(db.Database);
        var now = DateTimeOffset.UtcNow;
        var id = await feeds.UpsertAsync("https://a.example/feed.xml", "A", TimeSpan.FromMinutes(15), "test");
        await feeds.RecordFailureAsync(id, 3, 503, "HttpError: 503", now, now.AddMinutes(5));
        var store = new HealthStore(db.Database);

        Assert.Equal(["all 1 feed(s) are failing"], HealthCommand.Problems(await store.ReadAsync(now, CancellationToken.None)));

        await feeds.UpsertAsync("https://b.example/feed.xml", "B", TimeSpan.FromMinutes(15), "test");
        await new ArticleStore(db.Database).EnqueueAsync(id, "https://a.example/1", "https://a.example/1", "g1", "t", null, CancellationToken.None);
        Assert.Empty(HealthCommand.Problems(await store.ReadAsync(now, CancellationToken.None)));
        // An hour later that article is still pending and no worker holds it: the queue is stuck.
        var facts = await store.ReadAsync(now.AddHours(1), CancellationToken.None);
        Assert.Equal(["1 article(s) due for over 10 min and not processed"], HealthCommand.Problems(facts));
        Assert.Equal(0, facts.OverdueAlerts);
    }
}

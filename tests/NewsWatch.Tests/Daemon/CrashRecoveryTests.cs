using NewsWatch.Storage;
using NewsWatch.Tests.Support;
using Microsoft.Extensions.Options;

namespace NewsWatch.Tests.Daemon;

/// <summary>The real binary as a child process: kill -9 in the middle of work, restart, nothing lost or doubled.</summary>
public sealed class CrashRecoveryTests : SiteAndFolder
{
    private const int ArticleCount = 12;

    [Fact]
    public async Task Kill_9_mid_processing_then_restart_loses_nothing_and_duplicates_nothing()
    {
        // Slow pages keep the daemon busy long enough to be killed in the middle of the queue.
        new NewsSite(Server).Publish("/wire", Enumerable.Range(1, ArticleCount), pageDelay: TimeSpan.FromMilliseconds(700));
        var config = DaemonConfig.Write(Dir, [("Wire", Server.Url("/wire/feed.xml"))],
            new Dictionary<string, object> { ["Pipeline"] = new { ProcessInterval = "00:00:01", RetryBaseDelay = "00:00:01", Lease = "00:00:30", MaxParallelArticles = 2, BatchSize = 4 } });
        var db = new Database(Options.Create(new StorageOptions { Path = Path.Combine(Dir, "newswatch.db") }));

        int doneBeforeKill;
        using (var first = DaemonProcess.Start(config))
        {
            doneBeforeKill = await DaemonConfig.WaitForAsync(
                () => ProcessedCountAsync(db), n => n >= 2, TimeSpan.FromSeconds(60));
            first.Kill9();
            Assert.True(doneBeforeKill >= 2, "the daemon never processed an article:\n" + first.Output);
        }
        doneBeforeKill = await ProcessedCountAsync(db);
        Assert.True(doneBeforeKill < ArticleCount, "the kill came after all work was done; the test proved nothing");
        Assert.Equal(ArticleCount, await db.ScalarAsync<int>("SELECT count(*) FROM articles"));

        using (var second = DaemonProcess.Start(config))
        {
            var done = await DaemonConfig.WaitForAsync(() => ProcessedCountAsync(db), n => n == ArticleCount, TimeSpan.FromSeconds(90));
            Assert.True(done == ArticleCount, $"only {done} of {ArticleCount} articles processed after restart:\n" + second.Output);
            Assert.True(second.Terminate(TimeSpan.FromSeconds(40)), "the daemon did not stop on SIGTERM:\n" + second.Output);
            Assert.Equal(0, second.ExitCode);
        }

        Assert.Equal("ok", await db.ScalarAsync<string>("PRAGMA integrity_check"));
        Assert.Equal(ArticleCount, await db.ScalarAsync<int>("SELECT count(*) FROM articles"));
        Assert.Equal(ArticleCount, await db.ScalarAsync<int>("SELECT count(DISTINCT url) FROM articles"));
        Assert.Equal(ArticleCount, await db.ScalarAsync<int>("SELECT count(*) FROM feed_items"));
        var texts = await db.ListAsync<(string Url, string Text)>("SELECT url, text FROM articles ORDER BY id");
        Assert.All(texts, t => Assert.Contains("interceptors", t.Text));
        Assert.Equal(0, await db.ScalarAsync<int>("SELECT count(*) FROM articles WHERE status = 'failed'"));
    }

    [Fact]
    public async Task Sigterm_stops_the_daemon_cleanly_and_health_reports_on_it()
    {
        new NewsSite(Server).Publish("/wire", [1]);
        var config = DaemonConfig.Write(Dir, [("Wire", Server.Url("/wire/feed.xml"))]);
        var db = new Database(Options.Create(new StorageOptions { Path = Path.Combine(Dir, "newswatch.db") }));
        using var daemon = DaemonProcess.Start(config);
        await DaemonConfig.WaitForAsync(() => ProcessedCountAsync(db), n => n == 1, TimeSpan.FromSeconds(60));

        using (var health = DaemonProcess.Start(config, "health"))
        {
            await DaemonConfig.WaitForAsync(() => Task.FromResult(health.HasExited), exited => exited, TimeSpan.FromSeconds(60));
            Assert.True(health.HasExited && health.ExitCode == 0, "health failed while the daemon runs:\n" + health.Output);
        }

        Assert.True(daemon.Terminate(TimeSpan.FromSeconds(40)), "the daemon did not stop on SIGTERM:\n" + daemon.Output);
        Assert.Equal(0, daemon.ExitCode);
    }

    private static async Task<int> ProcessedCountAsync(Database db)
    {
        try
        {
            return await db.ScalarAsync<int>("SELECT count(*) FROM articles WHERE status NOT IN ('pending', 'failed')");
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // the child has not created the schema yet
        }
    }
}

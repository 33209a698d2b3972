using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using NewsWatch.Alerts;
using NewsWatch.Storage;
using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Daemon;

/// <summary>
/// Three real daemon processes on one PostgreSQL database (Quartz clustered in it) and one local news site: every feed
/// polled by one node at a time, every article fetched and processed once, the package reported three times stored as
/// one event and alerted once; one node killed with SIGKILL mid-work and the other two finish its work.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterTests(PostgresServer server) : SiteAndFolder
{
    private const int Nodes = 3;
    private const int NewsFeeds = 4;
    private const int PerFeed = 8;
    private const int MaxParallelArticles = 2;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    /// <summary>What the news site saw of the feeds' polls: how many at once per feed, and when each poll came.</summary>
    private readonly ConcurrentDictionary<string, int> _inFlight = new();
    private readonly ConcurrentDictionary<string, int> _maxInFlight = new();
    private readonly ConcurrentDictionary<string, ConcurrentBag<DateTimeOffset>> _polls = new();
    private readonly ConcurrentBag<string> _deliveries = new();

    private static int ArticleCount => NewsFeeds * PerFeed + AidAlertEndToEndTests.Reports.Length;

    [Fact]
    public async Task Three_nodes_share_the_work_and_do_every_thing_once()
    {
        var (config, db) = await StartSiteAsync(pageDelay: TimeSpan.FromMilliseconds(100), lease: TimeSpan.FromSeconds(30));
        var started = DateTimeOffset.UtcNow;
        var nodes = Enumerable.Range(0, Nodes).Select(_ => DaemonProcess.Start(config)).ToList();
        try
        {
            var done = await DaemonConfig.WaitForAsync(() => FinishedAsync(db), n => n == ArticleCount, TimeSpan.FromSeconds(120));
            Assert.True(done == ArticleCount, $"{done} of {ArticleCount} articles finished:\n" + nodes[0].Output);
            await DaemonConfig.WaitForAsync(() => Task.FromResult(_deliveries.Count), n => n >= 1, TimeSpan.FromSeconds(30));
            await Task.Delay(PollInterval * 2); // room for a second poll, fetch or alert that must not come
            var elapsed = DateTimeOffset.UtcNow - started;

            foreach (var n in PageNumbers()) Assert.Equal(1, Server.RequestCount($"/articles/{n}.html"));
            foreach (var (outlet, _, _) in AidAlertEndToEndTests.Reports) Assert.Equal(1, Server.RequestCount($"/{outlet}/story.html"));
            Assert.Equal(0, await db.ScalarAsync<int>("SELECT count(*) FROM articles WHERE attempts <> 1 OR status <> 'done'"));
            Assert.All(_maxInFlight, f => Assert.True(f.Value == 1, $"{f.Key} was polled {f.Value} times at once"));
            // Once per interval: no more polls than intervals since the start (plus the first), however many nodes.
            var allowed = (int)Math.Ceiling(elapsed / PollInterval) + 1;
            Assert.All(_polls, f => Assert.InRange(f.Value.Count, 1, allowed));

            await AssertStoredOnceAsync(db);
            Assert.Single(_deliveries);
            // The queue was shared: every article was fetched by exactly one node, and more than one node fetched.
            var fetchedBy = nodes.Select(node => Fetches(node.Output)).ToList();
            Assert.Equal(ArticleCount, fetchedBy.Sum());
            Assert.True(fetchedBy.Count(n => n > 0) >= 2, $"one node did all the work: {string.Join(", ", fetchedBy)}");

            // Each node beats under its host name while its scheduler runs; health on this host reads that beat.
            using (var health = DaemonProcess.Start(config, "health"))
                Assert.True(health.WaitForExit(TimeSpan.FromSeconds(60)) && health.ExitCode == 0, "health failed while the nodes run:\n" + health.Output);
            foreach (var node in nodes)
                Assert.True(node.Terminate(TimeSpan.FromSeconds(40)), "a node did not stop on SIGTERM:\n" + node.Output);
            Assert.All(nodes, node => Assert.Equal(0, node.ExitCode));
        }
        finally
        {
            foreach (var node in nodes) node.Dispose();
        }
    }

    [Fact]
    public async Task Killing_one_node_mid_work_leaves_the_others_to_finish_with_nothing_lost_or_doubled()
    {
        // Slow pages and short leases: the kill lands in the middle of the queue, and the dead node's articles come back soon.
        var (config, db) = await StartSiteAsync(pageDelay: TimeSpan.FromMilliseconds(400), lease: TimeSpan.FromSeconds(10));
        var nodes = Enumerable.Range(0, Nodes).Select(_ => DaemonProcess.Start(config)).ToList();
        try
        {
            var before = await DaemonConfig.WaitForAsync(() => FinishedAsync(db), n => n >= 6, TimeSpan.FromSeconds(90));
            nodes[0].Kill9();
            var killedAt = DateTimeOffset.UtcNow;
            Assert.True(before >= 6, "no work was done before the kill:\n" + nodes[1].Output);
            Assert.True(await FinishedAsync(db) < ArticleCount, "the kill came after all work was done; the test proved nothing");

            var done = await DaemonConfig.WaitForAsync(() => FinishedAsync(db), n => n == ArticleCount, TimeSpan.FromSeconds(120));
            Assert.True(done == ArticleCount, $"{done} of {ArticleCount} articles finished after the kill:\n" + nodes[1].Output);
            await DaemonConfig.WaitForAsync(() => Task.FromResult(_deliveries.Count), n => n >= 1, TimeSpan.FromSeconds(30));
            // The survivors poll every feed, also those whose poll the dead node had been running (Quartz recovers it).
            var polledSince = await DaemonConfig.WaitForAsync(
                () => Task.FromResult(_polls.Count(f => f.Value.Any(t => t > killedAt))), n => n == _polls.Count, TimeSpan.FromSeconds(30));
            Assert.Equal(_polls.Count, polledSince);

            Assert.Equal(0, await db.ScalarAsync<int>("SELECT count(*) FROM articles WHERE status <> 'done'"));
            // Only pages the dead node was fetching when it died were fetched again: at most its parallel articles.
            var extraFetches = PageNumbers().Sum(n => Server.RequestCount($"/articles/{n}.html") - 1)
                + AidAlertEndToEndTests.Reports.Sum(r => Server.RequestCount($"/{r.Outlet}/story.html") - 1);
            Assert.InRange(extraFetches, 0, MaxParallelArticles);
            Assert.All(_maxInFlight, f => Assert.True(f.Value == 1, $"{f.Key} was polled {f.Value} times at once"));

            await AssertStoredOnceAsync(db);
            // A send the dead node made but never recorded goes again with the same delivery id, never with another.
            Assert.Single(_deliveries.Distinct());
        }
        finally
        {
            foreach (var node in nodes) node.Dispose();
        }
    }

    /// <summary>One row per article, no mention twice, one event with its three sources, one alert delivered.</summary>
    private static async Task AssertStoredOnceAsync(Database db)
    {
        Assert.Equal(ArticleCount, await db.ScalarAsync<int>("SELECT count(DISTINCT url) FROM articles"));
        Assert.Equal(ArticleCount, await db.ScalarAsync<int>("SELECT count(*) FROM articles"));
        Assert.Equal(ArticleCount, await db.ScalarAsync<int>("SELECT count(*) FROM feed_items"));
        Assert.Equal(0, await db.ScalarAsync<int>(
            "SELECT count(*) FROM (SELECT article_id, start, \"end\", type FROM mentions GROUP BY 1, 2, 3, 4 HAVING count(*) > 1) AS doubled"));
        var events = await db.ListAsync<(string DonorCode, string RecipientCode, long Sources)>("SELECT donor_code, recipient_code, sources FROM aid_announcements");
        Assert.Equal(("US", "UA", 3L), Assert.Single(events));
        Assert.Equal(1, await db.ScalarAsync<int>("SELECT count(*) FROM alert_outbox WHERE status = 'delivered'"));
        Assert.Equal(1, await db.ScalarAsync<int>("SELECT count(*) FROM alert_outbox"));
    }

    /// <summary>How many articles a node moved from pending to extracted (fetched), from its debug log.</summary>
    private static int Fetches(string output) =>
        output.Split('\n').Count(line => line.Contains("Article moved from pending to extracted", StringComparison.Ordinal));

    private static IEnumerable<int> PageNumbers() => Enumerable.Range(1, NewsFeeds * PerFeed);

    private static async Task<int> FinishedAsync(Database db)
    {
        try
        {
            return await db.ScalarAsync<int>("SELECT count(*) FROM articles WHERE status IN ('done', 'failed', 'duplicate')");
        }
        catch (Npgsql.PostgresException)
        {
            return 0; // no node has created the schema yet
        }
    }

    /// <summary>The news site, the aid reports, a webhook receiver and a configuration for nodes on a fresh database.</summary>
    private async Task<(string Config, Database Db)> StartSiteAsync(TimeSpan pageDelay, TimeSpan lease)
    {
        var site = new NewsSite(Server);
        var feeds = new List<(string Name, Uri Url)>();
        for (var f = 0; f < NewsFeeds; f++)
        {
            var prefix = $"/wire{f}";
            site.Publish(prefix, Enumerable.Range(f * PerFeed + 1, PerFeed), pageDelay);
            feeds.Add(($"Wire {f}", Server.Url($"{prefix}/feed.xml")));
        }
        feeds.AddRange(AidAlertEndToEndTests.PublishReports(Server));
        using (var http = new HttpClient())
            foreach (var (_, url) in feeds)
                Track(url.AbsolutePath, await http.GetStringAsync(url));
        Server.Map("/hook", context =>
        {
            _deliveries.Add(context.Request.Headers[WebhookHeaders.Delivery].ToString());
            context.Response.StatusCode = 204;
            return Task.CompletedTask;
        });

        var storage = (await DaemonConfig.PostgresStorageAsync(server));
        var config = DaemonConfig.Write(Dir, feeds, new Dictionary<string, object>
        {
            ["Storage"] = storage,
            // Each node logs every article it moves on, so the test can tell which nodes did the work.
            ["Logging"] = new { LogLevel = new Dictionary<string, string> { ["Default"] = "Information", ["Microsoft"] = "Warning", ["Quartz"] = "Warning", ["System.Net.Http.HttpClient"] = "Warning", ["NewsWatch.Pipeline.ArticleProcessor"] = "Debug" } },
            ["Feeds"] = new { DefaultPollInterval = PollInterval.ToString(), Jitter = 0.0, RetryBaseDelay = "00:00:01", Sources = feeds.Select(f => new { f.Name, Url = f.Url.AbsoluteUri }).ToArray() },
            ["Pipeline"] = new { ProcessInterval = "00:00:01", RetryBaseDelay = "00:00:01", Lease = lease.ToString(), MaxParallelArticles, BatchSize = 2 },
            ["Scheduling"] = new { HeartbeatInterval = "00:00:01", ClusterCheckinInterval = "00:00:01" },
            ["Alerts"] = new { DispatchInterval = "00:00:01", Webhooks = new[] { new { Name = "desk", Url = Server.Url("/hook").AbsoluteUri } } },
        });
        var connectionString = (string)storage.GetType().GetProperty("ConnectionString")!.GetValue(storage)!;
        return (config, new Database(Options.Create(new StorageOptions { Provider = "postgres", ConnectionString = connectionString })));
    }

    /// <summary>Serves <paramref name="feed"/> slowly enough that two polls of it at once would overlap, and records each.</summary>
    private void Track(string path, string feed)
    {
        _polls[path] = [];
        Server.Map(path, async context =>
        {
            var now = _inFlight.AddOrUpdate(path, 1, (_, n) => n + 1);
            _maxInFlight.AddOrUpdate(path, now, (_, n) => Math.Max(n, now));
            _polls[path].Add(DateTimeOffset.UtcNow);
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(300), context.RequestAborted);
                context.Response.ContentType = "application/rss+xml; charset=utf-8";
                await context.Response.WriteAsync(feed, context.RequestAborted);
            }
            finally
            {
                _inFlight.AddOrUpdate(path, 0, (_, n) => n - 1);
            }
        });
    }
}

using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsWatch.Common;
using NewsWatch.Hosting;
using NewsWatch.Storage;
using NewsWatch.Tests.Support;
using Xunit.Abstractions;

namespace NewsWatch.Tests.Daemon;

/// <summary>
/// Slow feeds (a byte every half second until the request timeout) and expensive ones (more items than
/// the parse budget allows) used to hold every Quartz thread, so the heartbeat stalled. With the poll gate
/// and the parse budget, the real daemon keeps its heartbeat and still polls a good feed.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class PathologicalFeedTests(ITestOutputHelper output) : SiteAndFolder
{
    private const int SlowFeeds = 4;
    private const int ExpensiveFeeds = 2;

    [Fact]
    public async Task Slow_and_expensive_feeds_neither_stall_the_heartbeat_nor_keep_a_good_feed_from_being_polled()
    {
        var feeds = new List<(string, Uri)>();
        for (var i = 0; i < SlowFeeds; i++)
        {
            Server.Map($"/slow{i}.xml", Drip);
            feeds.Add(($"Slow {i}", Server.Url($"/slow{i}.xml")));
        }
        var big = BigFeed(100_000);
        for (var i = 0; i < ExpensiveFeeds; i++)
        {
            Server.MapContent($"/big{i}.xml", big, "application/rss+xml");
            feeds.Add(($"Big {i}", Server.Url($"/big{i}.xml")));
        }
        Server.MapContent("/good.xml", """<?xml version="1.0"?><rss version="2.0"><channel><title>Good</title><item><title>A</title><link>http://127.0.0.1:9/a.html</link></item></channel></rss>""", "application/rss+xml");
        feeds.Add(("Good", Server.Url("/good.xml")));

        // Two poll slots against four slow feeds: before the gate, four slow polls took all four Quartz threads.
        var config = DaemonConfig.Write(Dir, feeds, new Dictionary<string, object>
        {
            ["Http"] = new { AllowedHosts = new[] { "127.0.0.1" }, ConnectTimeout = "00:00:05", RequestTimeout = "00:00:20", MaxFeedBytes = 40_000_000 },
            ["Scheduling"] = new { HeartbeatInterval = "00:00:01", MaxConcurrentPolls = 2 },
            ["Feeds"] = new
            {
                DefaultPollInterval = "00:10:00",
                Jitter = 0.0,
                RetryBaseDelay = "00:10:00",
                MaxBackoff = "00:10:00",
                ParseTimeout = "00:00:01",
                Sources = feeds.Select(f => new { Name = f.Item1, Url = f.Item2.AbsoluteUri }).ToArray(),
            },
        });
        using var host = NewsWatchHost.CreateBuilder([], daemon: true, config).Build();
        await host.StartAsync();
        try
        {
            var db = host.Services.GetRequiredService<Database>();
            var oldestBeat = TimeSpan.Zero;
            var done = await DaemonConfig.WaitForAsync(async () =>
            {
                if (await db.ScalarAsync<string?>("SELECT updated_at FROM daemon_state WHERE key = 'scheduler_heartbeat'") is { } beat)
                {
                    var age = DateTimeOffset.UtcNow - Timestamps.Parse(beat)!.Value;
                    if (age > oldestBeat) oldestBeat = age;
                }
                // Counted apart, so a third slow feed timing out cannot stand in for a big feed not polled yet.
                return (Good: await db.ScalarAsync<int>("SELECT count(*) FROM feeds WHERE name = 'Good' AND last_status = 'ok'"),
                    Big: await db.ScalarAsync<int>("SELECT count(*) FROM feeds WHERE name LIKE 'Big%' AND last_error LIKE '%budget%'"),
                    Slow: await db.ScalarAsync<int>("SELECT count(*) FROM feeds WHERE name LIKE 'Slow%' AND last_error IS NOT NULL"));
            }, n => n.Good == 1 && n.Big == ExpensiveFeeds && n.Slow >= SlowFeeds / 2, TimeSpan.FromSeconds(150));
            output.WriteLine($"heartbeat at most {oldestBeat.TotalSeconds:0.0} s old");

            var rows = await db.ListAsync<string>("SELECT name || ': ' || coalesce(last_status, '-') || ' ' || coalesce(last_error, '') FROM feeds");
            // Good polled, both big feeds stopped by the budget, and at least one slow poll per slot timed out.
            Assert.True(done.Good == 1 && done.Big == ExpensiveFeeds && done.Slow >= SlowFeeds / 2, string.Join("\n", rows));
            Assert.All(await db.ListAsync<string>("SELECT last_error FROM feeds WHERE name LIKE 'Big%'"), e => Assert.Contains("Feeds:ParseTimeout", e));
            // Every slow poll held its slot for the 20 s request timeout; the heartbeat (every second) never waited for one.
            Assert.True(oldestBeat < TimeSpan.FromSeconds(8), $"the heartbeat was {oldestBeat.TotalSeconds:0.0} s old at worst");
        }
        finally
        {
            await host.StopAsync();
        }
    }

    /// <summary>A valid start, then one space every half second until the client gives up.</summary>
    private static async Task Drip(HttpContext context)
    {
        context.Response.ContentType = "application/rss+xml";
        await context.Response.WriteAsync("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>", context.RequestAborted);
        while (!context.RequestAborted.IsCancellationRequested)
        {
            await context.Response.WriteAsync(" ", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(500, context.RequestAborted);
        }
    }

    private static string BigFeed(int items)
    {
        var body = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title>");
        for (var i = 0; i < items; i++)
            body.Append("<item><title>Item ").Append(i).Append(" &amp; more</title><link>http://127.0.0.1:9/").Append(i)
                .Append("</link><description>&lt;p&gt;Text with &lt;b&gt;markup&lt;/b&gt;&lt;/p&gt;</description></item>");
        return body.Append("</channel></rss>").ToString();
    }
}

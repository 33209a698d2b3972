using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsWatch.Events.Evaluation;
using NewsWatch.Hosting;
using NewsWatch.Storage;
using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Events;

/// <summary>
/// The whole daemon (Quartz, fetcher, extractor, tagger, events, outbox, webhook) against outlets and a
/// receiver served on 127.0.0.1. Each outlet's feed carries fixture articles rendered as web pages.
/// </summary>
public sealed class AidEventDaemonTests : SiteAndFolder
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Events", "tune", name + ".json");

    /// <summary>Serves the fixtures as article pages behind one RSS feed at <paramref name="prefix"/>/feed.xml.</summary>
    private Uri Outlet(string prefix, params string[] fixtures)
    {
        var items = new StringBuilder();
        foreach (var name in fixtures)
        {
            var f = EventFixture.Load(Fixture(name));
            var path = $"{prefix}/{f.Id}.html";
            var paragraphs = string.Concat(f.Text.Split('\n').Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>\n"));
            Server.MapContent(path, $"""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(f.Title)}</title>
                <meta property="article:published_time" content="{f.Published.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}">
                </head><body><nav><a href="/">Home</a></nav><main><article><h1>{WebUtility.HtmlEncode(f.Title)}</h1>
                {paragraphs}</article></main><footer>Copyright {WebUtility.HtmlEncode(f.Outlet)}</footer></body></html>
                """);
            items.Append(CultureInfo.InvariantCulture, $"""
                <item><title>{WebUtility.HtmlEncode(f.Title)}</title><link>{Server.Url(path).AbsoluteUri}</link>
                <guid isPermaLink="false">{f.Id}</guid><pubDate>{f.Published.ToString("r", CultureInfo.InvariantCulture)}</pubDate></item>
                """);
        }
        Server.MapContent($"{prefix}/feed.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>{prefix}</title><link>{Server.BaseUri}</link><description>fixture outlet</description>{items}</channel></rss>
            """, "application/rss+xml; charset=utf-8");
        return Server.Url($"{prefix}/feed.xml");
    }

    [Fact]
    public async Task Three_outlets_make_one_event_with_one_alert_equal_amounts_a_week_apart_two_and_analysis_none()
    {
        var received = new ConcurrentQueue<JsonElement>();
        Server.Map("/hook", async context =>
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            received.Enqueue(body.RootElement.Clone());
            context.Response.StatusCode = StatusCodes.Status204NoContent;
        });
        var feeds = new (string, Uri)[]
        {
            ("Defense Wire", Outlet("/wire", "t01-us-package-wire")),
            ("Kyiv Morning", Outlet("/kyiv", "t02-us-package-kyiv")),
            ("Berliner", Outlet("/berlin", "t03-us-package-euro")),
            ("Defence Europe Today", Outlet("/det", "t04-de-500m-first", "t05-de-500m-second")),
            ("Strategy Review", Outlet("/review", "t06-analysis-kiel")),
        };
        var alerts = new Dictionary<string, object>
        {
            ["Alerts"] = new { DispatchInterval = "00:00:01", Webhooks = new[] { new { Name = "desk", Url = Server.Url("/hook").AbsoluteUri } } },
        };
        using var host = NewsWatchHost.CreateBuilder([], daemon: true, DaemonConfig.Write(Dir, feeds, alerts)).Build();
        await host.StartAsync();
        try
        {
            var db = host.Services.GetRequiredService<Database>();
            var done = await DaemonConfig.WaitForAsync(
                () => db.ScalarAsync<int>("SELECT count(*) FROM articles WHERE status = 'done'"), n => n == 6, TimeSpan.FromSeconds(120));
            Assert.Equal(6, done);
            await DaemonConfig.WaitForAsync(() => Task.FromResult(received.Count), n => n >= 3, TimeSpan.FromSeconds(60));

            var events = await db.ListAsync<(string Donor, string Recipient, string AnnouncedOn, long Sources)>(
                "SELECT donor_code, recipient_code, announced_on, sources FROM aid_announcements ORDER BY announced_on, donor_code");
            Assert.Equal(
                [("DE", "UA", "2024-05-02", 1L), ("US", "UA", "2024-05-07", 3L), ("DE", "UA", "2024-05-09", 1L)],
                events);
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.Equal(3, received.Count);
            Assert.All(received, r => Assert.Equal("aid_event.new", r.GetProperty("type").GetString()));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task A_first_person_announcement_on_a_government_feed_has_the_configured_publisher_as_donor()
    {
        Server.MapContent("/gov/aid.html", """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>New humanitarian support announced</title>
            <meta property="article:published_time" content="2025-03-04T10:00:00Z"></head><body><main><article>
            <h1>New humanitarian support announced</h1>
            <p>Today we are announcing a further £250 million in humanitarian aid for Ukraine to repair power stations and heat homes this winter.</p>
            <p>The funding will be delivered through trusted partners on the ground, the Foreign Secretary said.</p>
            </article></main></body></html>
            """);
        Server.MapContent("/gov/feed.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Press releases</title><link>{Server.BaseUri}</link><description>government</description>
            <item><title>New humanitarian support announced</title><link>{Server.Url("/gov/aid.html").AbsoluteUri}</link><guid>aid-1</guid>
            <pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate></item></channel></rss>
            """, "application/rss+xml; charset=utf-8");
        var sections = new Dictionary<string, object>
        {
            ["Feeds"] = new
            {
                DefaultPollInterval = "00:00:05", Jitter = 0.0, RetryBaseDelay = "00:00:01",
                Sources = new[] { new { Name = "Press releases", Url = Server.Url("/gov/feed.xml").AbsoluteUri, Publisher = "GB" } },
            },
        };
        using var host = NewsWatchHost.CreateBuilder([], daemon: true, DaemonConfig.Write(Dir, [], sections)).Build();
        await host.StartAsync();
        try
        {
            var db = host.Services.GetRequiredService<Database>();
            await DaemonConfig.WaitForAsync(() => db.ScalarAsync<int>("SELECT count(*) FROM articles WHERE status IN ('done', 'failed')"), n => n == 1, TimeSpan.FromSeconds(60));
            var events = await db.ListAsync<(string, string, double)>("SELECT donor_code, recipient_code, amount FROM events");
            Assert.Equal([("GB", "UA", 250_000_000d)], events);
        }
        finally
        {
            await host.StopAsync();
        }
    }
}

using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NewsWatch.Hosting;
using NewsWatch.Storage;
using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Daemon;

/// <summary>
/// The whole product in one run: three outlets' feeds and pages and a webhook receiver on
/// 127.0.0.1, the real host with Quartz, the committed models, a real SQLite file or a PostgreSQL database (then with
/// Quartz clustered in it, as one node of a cluster).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class AidAlertEndToEndTests(PostgresServer server) : SiteAndFolder
{
    /// <summary>Three reports of one package and an analysis piece that must make no event (the cluster tests serve them too).</summary>
    internal static readonly (string Outlet, string Title, string Body)[] Reports =
    [
        ("wire", "US sends $1.2 billion weapons package to Ukraine",
            "The United States will send a $1.2 billion military aid package to Ukraine, including Patriot interceptors and 155mm artillery shells, Defense Secretary Lloyd Austin announced on Thursday.\n\n" +
            "The package is the largest since the spring and will be drawn from Pentagon stocks, officials said."),
        ("kyiv", "Washington pledges new air defence aid",
            "Washington has pledged 1.2bn dollars in new weapons for Ukraine, Pentagon officials said on Thursday, with Patriot interceptors and artillery rounds at the heart of the package.\n\n" +
            "Ukrainian officials welcomed the decision, saying the interceptors would protect power plants ahead of the winter."),
        ("euro", "Ukraine to receive further US military assistance",
            "Ukraine will receive a further USD 1.2 billion in US military assistance, the Pentagon announced on Thursday, a package built around Patriot missiles and 155mm ammunition.\n\n" +
            "European diplomats said they expected their own governments to follow with announcements next month."),
        ("analysis", "Analysis: how much has the West given Kyiv?",
            "Since February 2022 the United States has provided more than $60 billion in military aid to Ukraine, according to a tally by researchers in Kiel.\n\n" +
            "Europe's combined contributions are larger when financial support is counted, the researchers found, although deliveries have often lagged behind promises."),
    ];

    [Theory, BothProviders]
    public async Task Three_outlets_reporting_one_package_make_one_event_with_three_sources_and_one_alert(StorageProvider provider)
    {
        var received = new ConcurrentBag<string>();
        Server.Map("/hook", async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            received.Add(await reader.ReadToEndAsync());
            context.Response.StatusCode = 204;
        });
        var feeds = PublishReports(Server);
        var sections = new Dictionary<string, object>
        {
            ["Alerts"] = new { DispatchInterval = "00:00:01", Webhooks = new[] { new { Name = "desk", Url = Server.Url("/hook").AbsoluteUri } } },
        };
        if (provider == StorageProvider.Postgres) sections["Storage"] = await DaemonConfig.PostgresStorageAsync(server);
        var config = DaemonConfig.Write(Dir, feeds, sections);

        using var host = NewsWatchHost.CreateBuilder([], daemon: true, config).Build();
        await host.StartAsync();
        try
        {
            var db = host.Services.GetRequiredService<Database>();
            var statuses = await DaemonConfig.WaitForAsync(
                () => db.ListAsync<(string Url, string Status, string? Error)>("SELECT url, status, last_error FROM articles"),
                rows => rows.Count == Reports.Length && rows.All(r => r.Status == ArticleStatus.Done), TimeSpan.FromSeconds(120));
            Assert.All(statuses, r => Assert.True(r.Status == ArticleStatus.Done, $"{r.Url}: {r.Status} {r.Error}"));
            await DaemonConfig.WaitForAsync(() => Task.FromResult(received.Count), n => n >= 1, TimeSpan.FromSeconds(30));
            await Task.Delay(TimeSpan.FromSeconds(3)); // room for a wrong second alert to arrive

            var events = await db.ListAsync<(string DonorCode, string RecipientCode, double? AmountUsd, long Sources)>(
                "SELECT donor_code, recipient_code, amount_usd, sources FROM aid_announcements");
            var single = Assert.Single(events);
            Assert.Equal(("US", "UA", 3L), (single.DonorCode, single.RecipientCode, single.Sources));
            Assert.Equal(1.2e9, single.AmountUsd!.Value, 1e6);
            var alert = Assert.Single(received);
            Assert.Contains("\"aid_event.new\"", alert);
            Assert.Contains("Lloyd Austin", await db.ListAsync<string>("SELECT name FROM mentions WHERE type = 'PERSON'"));
            if (provider == StorageProvider.Postgres)
            {
                // Every feed is a durable job of the clustered store, in the same database.
                Assert.Equal(Reports.Length, await db.ScalarAsync<int>("SELECT count(*) FROM qrtz_job_details WHERE job_group = 'feeds' AND is_durable"));
                Assert.Equal(1, await db.ScalarAsync<int>("SELECT count(*) FROM qrtz_scheduler_state"));
            }
        }
        finally
        {
            await host.StopAsync();
        }
    }

    /// <summary>Serves each report as a page and a one-item feed of its outlet; returns the feeds.</summary>
    internal static List<(string Name, Uri Url)> PublishReports(TestWebServer server)
    {
        var feeds = new List<(string Name, Uri Url)>();
        foreach (var (outlet, title, body) in Reports)
        {
            var page = $"""
                <!DOCTYPE html><html lang="en"><head><title>{WebUtility.HtmlEncode(title)}</title>
                <meta property="article:published_time" content="2024-06-13T15:00:00Z"></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>{WebUtility.HtmlEncode(title)}</h1>
                {string.Concat(body.Split("\n\n").Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"))}
                </article><footer>Leave a Reply</footer></body></html>
                """;
            server.MapContent($"/{outlet}/story.html", page);
            server.MapContent($"/{outlet}/feed.xml", $"""
                <?xml version="1.0"?><rss version="2.0"><channel><title>{outlet}</title>
                <item><title>{WebUtility.HtmlEncode(title)}</title><link>{server.Url($"/{outlet}/story.html")}</link><pubDate>Thu, 13 Jun 2024 15:00:00 GMT</pubDate></item>
                </channel></rss>
                """, "application/rss+xml");
            feeds.Add((outlet, server.Url($"/{outlet}/feed.xml")));
        }
        return feeds;
    }
}

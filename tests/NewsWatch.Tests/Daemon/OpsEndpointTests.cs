using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsWatch.Hosting;
using NewsWatch.Storage;
using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Daemon;

/// <summary>The daemon's ops port: /metrics moves after a poll, /healthz and /readyz answer.</summary>
public sealed class OpsEndpointTests : SiteAndFolder
{
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task Metrics_count_polls_and_the_health_endpoints_answer()
    {
        Server.MapContent("/feed.xml", """<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title><link>http://127.0.0.1:9/a.html</link></item></channel></rss>""", "application/rss+xml");
        var port = FreePort();
        var config = DaemonConfig.Write(Dir, [("Ops feed", Server.Url("/feed.xml"))], new Dictionary<string, object> { ["Ops"] = new { Port = port } });
        using var host = NewsWatchHost.CreateBuilder([], daemon: true, config).Build();
        await host.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var db = host.Services.GetRequiredService<Database>();
            await DaemonConfig.WaitForAsync(() => db.ScalarAsync<int>("SELECT count(*) FROM feeds WHERE last_status = 'ok'"), n => n == 1, TimeSpan.FromSeconds(60));

            var metrics = await DaemonConfig.WaitForAsync(() => http.GetStringAsync("/metrics"), m => m.Contains("newswatch_feed_polls", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
            Assert.Contains("newswatch_feed_polls", metrics);
            Assert.Contains("outcome=\"ok\"", metrics);
            Assert.Contains("newswatch_articles", metrics);

            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
            var ready = await DaemonConfig.WaitForAsync(() => http.GetAsync("/readyz"), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30));
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }
        finally
        {
            await host.StopAsync();
        }
    }
}

using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsWatch.Common;
using NewsWatch.Hosting;
using NewsWatch.Storage;
using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Daemon;

/// <summary>Feeds nested 150,000 elements deep used to take minutes each and stall every scheduler thread.</summary>
public sealed class DeepFeedTests : SiteAndFolder
{
    [Fact]
    public async Task Deeply_nested_feeds_are_refused_while_the_heartbeat_and_other_feeds_go_on()
    {
        var deep = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Deep</title>");
        deep.Insert(deep.Length, "<x>", 150_000).Insert(deep.Length, "</x>", 150_000).Append("</channel></rss>");
        var body = deep.ToString();
        var feeds = new List<(string, Uri)>();
        for (var i = 0; i < 4; i++)
        {
            Server.MapContent($"/deep{i}.xml", body, "application/rss+xml");
            feeds.Add(($"Deep {i}", Server.Url($"/deep{i}.xml")));
        }
        Server.MapContent("/good.xml", """<?xml version="1.0"?><rss version="2.0"><channel><title>Good</title><item><title>A</title><link>http://127.0.0.1:9/a.html</link></item></channel></rss>""", "application/rss+xml");
        feeds.Add(("Good", Server.Url("/good.xml")));

        using var host = NewsWatchHost.CreateBuilder([], daemon: true, DaemonConfig.Write(Dir, feeds)).Build();
        await host.StartAsync();
        try
        {
            var db = host.Services.GetRequiredService<Database>();
            var polled = await DaemonConfig.WaitForAsync(() => db.ScalarAsync<int>("SELECT count(*) FROM feeds WHERE last_polled_at IS NOT NULL"), n => n == 5, TimeSpan.FromSeconds(60));
            Assert.Equal(5, polled);
            Assert.Equal("ok", await db.ScalarAsync<string>("SELECT last_status FROM feeds WHERE name = 'Good'"));
            var errors = await db.ListAsync<string>("SELECT last_error FROM feeds WHERE name LIKE 'Deep%'");
            Assert.All(errors, e => Assert.Contains("nested deeper", e));
            var beat = await db.ScalarAsync<string>("SELECT updated_at FROM daemon_state WHERE key = 'scheduler_heartbeat'");
            Assert.True(DateTimeOffset.UtcNow - Timestamps.Parse(beat)!.Value < TimeSpan.FromSeconds(10), $"heartbeat {beat}");
        }
        finally
        {
            await host.StopAsync();
        }
    }
}

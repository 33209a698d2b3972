using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using NewsWatch.Storage;
using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Daemon;

/// <summary>kill -9 after the webhook received an alert but before the daemon recorded it: sent again, same delivery id, once.</summary>
public sealed class AlertCrashTests : SiteAndFolder
{
    private const string Story =
        "The United States will send a $1.2 billion military aid package to Ukraine, including Patriot interceptors " +
        "and 155mm artillery shells, Defense Secretary Lloyd Austin announced on Thursday.";

    [Fact]
    public async Task A_delivery_cut_off_by_kill_9_is_sent_again_with_the_same_delivery_id_and_nothing_else_repeats()
    {
        var deliveries = new ConcurrentQueue<string>();
        var holdFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Server.Map("/hook", async context =>
        {
            deliveries.Enqueue(context.Request.Headers["X-NewsWatch-Delivery"].ToString());
            // The first delivery is received but never answered: the daemon dies waiting for it.
            if (deliveries.Count == 1) await holdFirst.Task.WaitAsync(context.RequestAborted);
            context.Response.StatusCode = 200;
        });
        Server.MapContent("/wire/story.html",
            $"<html><head><title>US aid</title><meta property=\"article:published_time\" content=\"2024-06-13T15:00:00Z\"></head><body><article><h1>US aid</h1><p>{WebUtility.HtmlEncode(Story)}</p></article></body></html>");
        Server.MapContent("/wire/feed.xml",
            $"""<?xml version="1.0"?><rss version="2.0"><channel><title>wire</title><item><title>US aid</title><link>{Server.Url("/wire/story.html")}</link></item></channel></rss>""",
            "application/rss+xml");
        var config = DaemonConfig.Write(Dir, [("wire", Server.Url("/wire/feed.xml"))], new Dictionary<string, object>
        {
            ["Alerts"] = new { DispatchInterval = "00:00:01", RequestTimeout = "00:01:00", Webhooks = new[] { new { Name = "desk", Url = Server.Url("/hook").AbsoluteUri } } },
        });
        var db = new Database(Options.Create(new StorageOptions { Path = Path.Combine(Dir, "newswatch.db") }));

        using (var first = DaemonProcess.Start(config))
        {
            await DaemonConfig.WaitForAsync(() => Task.FromResult(deliveries.Count), n => n >= 1, TimeSpan.FromSeconds(90));
            Assert.True(deliveries.Count == 1, "no alert was sent:\n" + first.Output);
            first.Kill9();
        }
        holdFirst.SetResult();
        Assert.Equal("pending", await db.ScalarAsync<string>("SELECT status FROM alert_outbox"));

        using (var second = DaemonProcess.Start(config))
        {
            await DaemonConfig.WaitForAsync(() => db.ScalarAsync<string>("SELECT status FROM alert_outbox"), s => s == "delivered", TimeSpan.FromSeconds(90));
            await Task.Delay(TimeSpan.FromSeconds(3)); // room for a wrong extra delivery
            second.Terminate(TimeSpan.FromSeconds(40));
            Assert.True(deliveries.Count == 2, $"{deliveries.Count} deliveries:\n" + second.Output);
        }

        var ids = deliveries.ToArray();
        Assert.Equal(ids[0], ids[1]);
        Assert.Equal(1, await db.ScalarAsync<int>("SELECT count(*) FROM events"));
        Assert.Equal(1, await db.ScalarAsync<int>("SELECT count(*) FROM alert_outbox"));
        Assert.Equal(1, await db.ScalarAsync<int>("SELECT count(*) FROM articles"));
    }
}

using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NewsWatch.Hosting;
using NewsWatch.Pipeline;
using NewsWatch.Storage;
using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Daemon;

public sealed class FailureLoggingTests : SiteAndFolder
{
    [Fact]
    public async Task Many_broken_links_give_one_warning_per_pass_not_one_per_article()
    {
        var items = new StringBuilder();
        for (var i = 0; i < 40; i++) items.Append(System.Globalization.CultureInfo.InvariantCulture, $"<item><title>{i}</title><link>{Server.Url($"/missing/{i}.html").AbsoluteUri}</link></item>");
        items.Append("<item><title>js</title><link>javascript:alert(1)</link></item>");
        Server.MapContent("/feed.xml", $"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>""", "application/rss+xml");
        var logs = new FakeLoggerProvider();
        var builder = NewsWatchHost.CreateBuilder([], daemon: true, DaemonConfig.Write(Dir, [("Broken", Server.Url("/feed.xml"))]));
        builder.Logging.AddProvider(logs);
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var db = host.Services.GetRequiredService<Database>();
            await DaemonConfig.WaitForAsync(() => db.ScalarAsync<int>("SELECT count(*) FROM articles WHERE attempts > 0"), n => n == 40, TimeSpan.FromSeconds(60));
        }
        finally
        {
            await host.StopAsync();
        }
        var warnings = logs.Collector.GetSnapshot().Where(r => r.Category == typeof(ArticleProcessor).FullName && r.Level >= LogLevel.Warning).ToList();
        Assert.NotEmpty(warnings);
        Assert.True(warnings.Count < 10, $"{warnings.Count} warnings for 40 failed articles");
        Assert.All(warnings, w => Assert.Contains("failed (", w.Message));
    }

    [Fact]
    public async Task A_poll_that_ends_while_the_daemon_stops_logs_no_failure()
    {
        var requested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Server.Map("/slow.xml", async ctx =>
        {
            requested.TrySetResult();
            await Task.Delay(TimeSpan.FromSeconds(2));
            ctx.Response.ContentType = "application/rss+xml";
            await ctx.Response.WriteAsync("""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>""");
        });
        var logs = new FakeLoggerProvider();
        var builder = NewsWatchHost.CreateBuilder([], daemon: true, DaemonConfig.Write(Dir, [("Slow", Server.Url("/slow.xml"))]));
        builder.Logging.AddProvider(logs);
        using var host = builder.Build();
        await host.StartAsync();
        await requested.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await host.StopAsync();
        var errors = logs.Collector.GetSnapshot().Where(r => r.Level >= LogLevel.Error).Select(r => $"{r.Category}: {r.Message}").ToList();
        Assert.Empty(errors);
    }
}

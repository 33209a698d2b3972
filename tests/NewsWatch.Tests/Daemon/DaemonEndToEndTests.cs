using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsWatch.Hosting;
using NewsWatch.Storage;
using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Daemon;

/// <summary>The real host with Quartz, a real SQLite file and feeds/pages served on 127.0.0.1.</summary>
public sealed class DaemonEndToEndTests : SiteAndFolder
{

    private IHost BuildDaemon(params (string Name, Uri Url)[] feeds) =>
        NewsWatchHost.CreateBuilder([], daemon: true, DaemonConfig.Write(Dir, feeds)).Build();

    [Fact]
    public async Task Feed_items_become_articles_with_clean_text_in_the_database()
    {
        new NewsSite(Server).Publish("/wire", [1, 2, 3]);
        using var host = BuildDaemon(("Wire", Server.Url("/wire/feed.xml")));
        await host.StartAsync();
        try
        {
            var db = host.Services.GetRequiredService<Database>();
            var rows = await DaemonConfig.WaitForAsync(
                () => db.ListAsync<(string Status, string? Title, string? Text, string? Author, string? PublishedAt)>(
                    "SELECT status, title, text, author, published_at FROM articles ORDER BY id"),
                r => r.Count == 3 && r.All(a => a.Status is not ArticleStatus.Pending), TimeSpan.FromSeconds(60));

            Assert.Equal(3, rows.Count);
            for (var n = 1; n <= 3; n++)
            {
                var row = rows[n - 1];
                Assert.NotEqual(ArticleStatus.Failed, row.Status);
                Assert.Equal(NewsSite.Headline(n), row.Title);
                Assert.Contains(NewsSite.BodyParagraph(n), row.Text);
                Assert.DoesNotContain(NewsSite.Boilerplate, row.Text);
                Assert.DoesNotContain("Exit mobile version", row.Text);
                Assert.DoesNotContain("cookies", row.Text);
                Assert.Equal("Dana Whitfield", row.Author);
                Assert.StartsWith("2024-06-13T09:0", row.PublishedAt);
            }

            await using var connection = await db.OpenAsync();
            var feed = await connection.QuerySingleAsync<(string LastStatus, long Failures, long ItemsSeen)>(
                "SELECT last_status, consecutive_failures, items_seen FROM feeds");
            Assert.Equal(("ok", 0L, 3L), feed);
            Assert.Equal(3, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'interceptors'"));
            var heartbeat = await connection.ExecuteScalarAsync<string?>("SELECT updated_at FROM daemon_state WHERE key = 'scheduler_heartbeat'");
            Assert.NotNull(heartbeat);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task The_same_story_in_two_feeds_is_one_article_fetched_once()
    {
        var site = new NewsSite(Server);
        site.Publish("/a", [7]);
        // The second outlet links the same page with tracking parameters and a fragment.
        site.Publish("/b", [7], linkFor: n => $"/articles/{n}.html?utm_source=rss&utm_medium=feed#comments");
        using var host = BuildDaemon(("A", Server.Url("/a/feed.xml")), ("B", Server.Url("/b/feed.xml")));
        await host.StartAsync();
        try
        {
            var db = host.Services.GetRequiredService<Database>();
            await DaemonConfig.WaitForAsync(
                () => db.ScalarAsync<int>("SELECT count(*) FROM feeds WHERE last_status = 'ok'"),
                ok => ok == 2, TimeSpan.FromSeconds(60));
            await DaemonConfig.WaitForAsync(
                () => db.ScalarAsync<int>("SELECT count(*) FROM articles WHERE status <> 'pending'"),
                n => n == 1, TimeSpan.FromSeconds(60));

            await using var connection = await db.OpenAsync();
            Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM articles"));
            Assert.Equal(2, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM feed_items"));
            Assert.Equal(1, Server.RequestCount("/articles/7.html"));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task Hostile_items_fail_alone_with_a_clear_error_and_the_rest_goes_on()
    {
        var site = new NewsSite(Server);
        site.Publish("/wire", [1]);
        // A 20 MB page, an endless page, a page that never answers, a private address, a non-UTF-8 page.
        Server.Map("/huge.html", async context =>
        {
            context.Response.ContentType = "text/html";
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'a');
            for (var i = 0; i < 320 && !context.RequestAborted.IsCancellationRequested; i++)
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
        });
        Server.Map("/endless.html", async context =>
        {
            context.Response.ContentType = "text/html";
            var chunk = System.Text.Encoding.ASCII.GetBytes(new string('x', 8192));
            while (!context.RequestAborted.IsCancellationRequested)
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
        });
        Server.Map("/hang.html", async context => await Task.Delay(Timeout.Infinite, context.RequestAborted));
        var cyrillic = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1251)!;
        Server.Map("/cp1251.html", async context =>
        {
            context.Response.ContentType = "text/html; charset=windows-1251";
            await context.Response.Body.WriteAsync(cyrillic.GetBytes(
                "<html><head><title>Допомога Україні</title></head><body><article><h1>Допомога Україні</h1>" +
                "<p>Міністри оборони союзників обговорили новий пакет допомоги для протиповітряної оборони України, який включає ракети та радари.</p>" +
                "<p>Рішення очікують наступного тижня після консультацій з національними парламентами союзників.</p></article></body></html>"));
        });
        var items = new[] { "/huge.html", "/endless.html", "/hang.html", "/cp1251.html" }.Select(p => Server.Url(p).AbsoluteUri)
            .Append("http://10.0.0.1/internal-admin").Append("http://169.254.169.254/latest/meta-data/");
        Server.MapContent("/hostile/feed.xml",
            $"""<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile</title>{string.Concat(items.Select(u => $"<item><title>x</title><link>{u}</link></item>"))}</channel></rss>""",
            "application/rss+xml");

        var config = DaemonConfig.Write(Dir, [("Wire", Server.Url("/wire/feed.xml")), ("Hostile", Server.Url("/hostile/feed.xml"))],
            new Dictionary<string, object>
            {
                ["Http"] = new { AllowedHosts = new[] { "127.0.0.1" }, ConnectTimeout = "00:00:02", RequestTimeout = "00:00:03", MaxPageBytes = 1_000_000 },
                ["Pipeline"] = new { ProcessInterval = "00:00:01", RetryBaseDelay = "00:00:01", MaxRetryDelay = "00:00:01", MaxAttempts = 2 },
            });
        using var host = NewsWatchHost.CreateBuilder([], daemon: true, config).Build();
        await host.StartAsync();
        try
        {
            var db = host.Services.GetRequiredService<Database>();
            var rows = await DaemonConfig.WaitForAsync(
                () => db.ListAsync<(string Url, string Status, string? Error, string? Text)>("SELECT url, status, last_error, text FROM articles ORDER BY id"),
                r => r.Count == 7 && r.All(a => a.Status is not ArticleStatus.Pending || a.Error is not null && a.Url.Contains("hang")),
                TimeSpan.FromSeconds(90));
            var byPath = rows.ToDictionary(r => new Uri(r.Url).AbsolutePath);

            Assert.Contains(NewsSite.BodyParagraph(1), byPath["/articles/1.html"].Text);
            Assert.Contains("протиповітряної оборони", byPath["/cp1251.html"].Text);
            Assert.Equal(ArticleStatus.Failed, byPath["/huge.html"].Status);
            Assert.Contains("TooLarge", byPath["/huge.html"].Error);
            Assert.Equal(ArticleStatus.Failed, byPath["/endless.html"].Status);
            Assert.Contains("TooLarge", byPath["/endless.html"].Error);
            Assert.Contains("Timeout", byPath["/hang.html"].Error);
            Assert.Equal(ArticleStatus.Failed, byPath["/internal-admin"].Status);
            Assert.Contains("Blocked", byPath["/internal-admin"].Error);
            Assert.Contains("Blocked", byPath["/latest/meta-data/"].Error);
        }
        finally
        {
            await host.StopAsync();
        }
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using NewsWatch.Feeds;
using NewsWatch.Hosting;
using NewsWatch.Pipeline;
using NewsWatch.Storage;
using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Feeds;

/// <summary>One feed's polls against a real server: validators, backoff, Retry-After, broken feeds; on SQLite and on PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class FeedPollerTests(PostgresServer server) : SiteAndFolder
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 6, 13, 8, 0, 0, TimeSpan.Zero));
    private IHost _host = null!;

    public override async Task DisposeAsync()
    {
        _host?.Dispose();
        await base.DisposeAsync();
    }

    private async Task<(FeedPoller Poller, FeedStore Feeds, long FeedId)> StartAsync(StorageProvider provider, string feedPath, object? feedsSection = null)
    {
        var sections = new Dictionary<string, object>();
        if (feedsSection is not null) sections["Feeds"] = feedsSection;
        if (provider == StorageProvider.Postgres) sections["Storage"] = await DaemonConfig.PostgresStorageAsync(server);
        var config = DaemonConfig.Write(Dir, [], sections);
        var builder = NewsWatchHost.CreateBuilder([], daemon: false, config);
        builder.Services.AddSingleton<TimeProvider>(_time);
        _host = builder.Build();
        await _host.Services.GetRequiredService<SchemaMigrator>().MigrateAsync();
        var feeds = _host.Services.GetRequiredService<FeedStore>();
        var id = await feeds.UpsertAsync(Server.Url(feedPath).AbsoluteUri, "Test feed", TimeSpan.FromMinutes(15), "test");
        return (_host.Services.GetRequiredService<FeedPoller>(), feeds, id);
    }

    private static string Rss(params int[] items) =>
        $"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{string.Concat(items.Select(n => $"<item><title>Item {n}</title><link>http://127.0.0.1/articles/{n}.html</link></item>"))}</channel></rss>""";

    [Theory, BothProviders]
    public async Task A_second_poll_sends_the_validators_and_a_304_changes_nothing(StorageProvider provider)
    {
        var conditional = new List<string?>();
        Server.Map("/feed.xml", async context =>
        {
            conditional.Add(context.Request.Headers.IfNoneMatch.ToString() is { Length: > 0 } tag ? tag : null);
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            context.Response.Headers.ETag = "\"v1\"";
            context.Response.Headers.LastModified = "Thu, 13 Jun 2024 07:00:00 GMT";
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(Rss(1, 2));
        });
        var (poller, feeds, id) = await StartAsync(provider, "/feed.xml", new { Jitter = 0.0 });

        var first = await poller.PollAsync(id, CancellationToken.None);
        Assert.Equal(("ok", 2, 2), (first.Status, first.Items, first.NewArticles));
        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromMinutes(15), first.NextPollAt);

        var early = await poller.PollAsync(id, CancellationToken.None);
        Assert.Equal("not_due", early.Status);
        Assert.Equal(1, Server.RequestCount("/feed.xml"));

        _time.Advance(TimeSpan.FromMinutes(15));
        var second = await poller.PollAsync(id, CancellationToken.None);
        Assert.Equal(("not_modified", 0), (second.Status, second.NewArticles));
        Assert.Equal([null, "\"v1\""], conditional);
        var feed = (await feeds.GetAsync(id))!;
        Assert.Equal(("not_modified", 304L, "\"v1\""), (feed.LastStatus, feed.LastHttpStatus, feed.ETag));
    }

    [Theory, BothProviders]
    public async Task Failures_back_off_exponentially_up_to_the_cap_and_a_success_resets_them(StorageProvider provider)
    {
        var healthy = false;
        Server.Map("/feed.xml", async context =>
        {
            if (!healthy)
            {
                context.Response.StatusCode = 500;
                return;
            }
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(Rss(1));
        });
        var (poller, feeds, id) = await StartAsync(provider, "/feed.xml", new { Jitter = 0.0, RetryBaseDelay = "00:01:00", MaxBackoff = "00:05:00" });

        var delays = new List<TimeSpan>();
        for (var i = 0; i < 5; i++)
        {
            var result = await poller.PollAsync(id, CancellationToken.None);
            Assert.Equal("error", result.Status);
            delays.Add(result.NextPollAt - _time.GetUtcNow());
            _time.Advance(result.NextPollAt - _time.GetUtcNow());
        }
        Assert.Equal([1, 2, 4, 5, 5], delays.Select(d => d.TotalMinutes));
        var failing = (await feeds.GetAsync(id))!;
        Assert.Equal(5, failing.ConsecutiveFailures);
        Assert.Contains("500", failing.LastError);

        healthy = true;
        var recovered = await poller.PollAsync(id, CancellationToken.None);
        Assert.Equal("ok", recovered.Status);
        var feed = (await feeds.GetAsync(id))!;
        Assert.Equal((0L, (string?)null), (feed.ConsecutiveFailures, feed.LastError));
    }

    [Theory, BothProviders]
    public async Task Retry_after_on_429_pushes_the_next_poll_back(StorageProvider provider)
    {
        Server.Map("/feed.xml", context =>
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = "3600";
            return Task.CompletedTask;
        });
        var (poller, feeds, id) = await StartAsync(provider, "/feed.xml", new { Jitter = 0.0, RetryBaseDelay = "00:01:00" });

        var result = await poller.PollAsync(id, CancellationToken.None);
        Assert.Equal("error", result.Status);
        Assert.Equal(TimeSpan.FromHours(1), result.NextPollAt - _time.GetUtcNow());
        Assert.Equal(429L, (await feeds.GetAsync(id))!.LastHttpStatus);
    }

    [Theory, BothProviders]
    public async Task A_malformed_feed_is_an_error_for_that_feed_only(StorageProvider provider)
    {
        Server.MapContent("/broken.xml", "<rss><channel><item><title>unclosed", "application/rss+xml");
        Server.MapContent("/good.xml", Rss(5), "application/rss+xml");
        var (poller, feeds, brokenId) = await StartAsync(provider, "/broken.xml");
        var goodId = await feeds.UpsertAsync(Server.Url("/good.xml").AbsoluteUri, "Good", TimeSpan.FromMinutes(15), "test");

        Assert.Equal("error", (await poller.PollAsync(brokenId, CancellationToken.None)).Status);
        Assert.Equal("ok", (await poller.PollAsync(goodId, CancellationToken.None)).Status);
        Assert.StartsWith("unreadable feed", (await feeds.GetAsync(brokenId))!.LastError);
    }

    [Theory, BothProviders]
    public async Task A_huge_feed_is_capped_per_poll_enqueued_in_one_go_and_scheduled_from_the_end_of_the_poll(StorageProvider provider)
    {
        Server.MapContent("/huge.xml", Rss([.. Enumerable.Range(1, 2_000)]), "application/rss+xml");
        var (poller, feeds, id) = await StartAsync(provider, "/huge.xml", new { Jitter = 0.0, MaxItemsPerPoll = 300 });

        var result = await poller.PollAsync(id, CancellationToken.None);

        Assert.Equal(("ok", 2_000, 300), (result.Status, result.Items, result.NewArticles));
        Assert.Equal(300, await _host.Services.GetRequiredService<Database>().ScalarAsync<int>("SELECT count(*) FROM articles"));
        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromMinutes(15), result.NextPollAt);
    }
}

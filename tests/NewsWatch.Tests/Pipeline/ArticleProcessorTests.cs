using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NewsWatch.Hosting;
using NewsWatch.Pipeline;
using NewsWatch.Storage;
using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Pipeline;

/// <summary>How one pass of the processor hands leased articles to its workers (real host and web server, SQLite or PostgreSQL).</summary>
[Collection(PostgresCollection.Name)]
public sealed class ArticleProcessorTests(PostgresServer server) : SiteAndFolder
{
    private const string Page = "<html><head><title>T</title></head><body><article><p>The council met on Monday and agreed the budget for the coming year after a long debate.</p></article></body></html>";

    [Theory, BothProviders]
    public async Task A_slow_article_does_not_hold_up_the_articles_leased_after_it(StorageProvider provider)
    {
        // Batches of 2 and 2 workers: the slow page is answered only once every other page has been asked for, which
        // happens only if the free worker goes on to later batches while the slow article is still in its stage.
        const int others = 6;
        var requested = 0;
        var allRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releasedByOthers = false;
        Server.Map("/slow.html", async context =>
        {
            // Waiting ends when the others are all asked for, or when the fetcher gives up on this page (its request timeout).
            var gaveUp = Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            releasedByOthers = await Task.WhenAny(allRequested.Task, gaveUp) == allRequested.Task;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Page);
        });
        for (var i = 0; i < others; i++)
            Server.Map($"/p{i}.html", async context =>
            {
                if (Interlocked.Increment(ref requested) == others) allRequested.TrySetResult();
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(Page);
            });

        var sections = new Dictionary<string, object> { ["Pipeline"] = new { BatchSize = 2, MaxParallelArticles = 2 } };
        if (provider == StorageProvider.Postgres) sections["Storage"] = await DaemonConfig.PostgresStorageAsync(server);
        var config = DaemonConfig.Write(Dir, [], sections);
        using var host = NewsWatchHost.CreateBuilder([], daemon: false, config).Build();
        await host.Services.GetRequiredService<SchemaMigrator>().MigrateAsync();
        var feedId = await host.Services.GetRequiredService<FeedStore>().UpsertAsync(Server.Url("/feed.xml").AbsoluteUri, "F", TimeSpan.FromMinutes(15), "test");
        var store = host.Services.GetRequiredService<ArticleStore>();
        foreach (var path in new[] { "/slow.html" }.Concat(Enumerable.Range(0, others).Select(i => $"/p{i}.html")))
        {
            var url = Server.Url(path).AbsoluteUri;
            await store.EnqueueAsync(feedId, url, url, null, path, null);
        }

        var handled = await host.Services.GetRequiredService<ArticleProcessor>().ProcessDueAsync(CancellationToken.None);

        Assert.True(releasedByOthers, "the other articles waited for the slow one");
        Assert.Equal(others + 1, handled);
        var db = host.Services.GetRequiredService<Database>();
        Assert.Equal(others + 1, await db.ScalarAsync<int>("SELECT count(*) FROM articles WHERE status = 'done'"));
        Assert.Equal(others + 1, await db.ScalarAsync<int>("SELECT count(*) FROM articles WHERE attempts = 1"));
    }
}

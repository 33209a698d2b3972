using NewsWatch.Storage;
using NewsWatch.Events;
using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Events;

/// <summary>Run on SQLite and on PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RecapTests(PostgresServer server)
{
    private static readonly DateTimeOffset Monday = new(2024, 6, 10, 12, 0, 0, TimeSpan.Zero);

    [Theory, BothProviders]
    public async Task A_recap_of_an_earlier_package_becomes_one_of_its_sources_not_an_event_or_alert(StorageProvider provider)
    {
        await using var host = await EventsTestHost.CreateAsync(provider, server);
        const string first = "The United States will provide $300 million in new military aid to Ukraine, the Pentagon announced on Monday.";
        await host.Processor.ProcessArticleAsync(new ArticleForEvents(1, "https://example.test/1", "t", first, Monday),
            new MentionsBuilder(first).Country("United States", "US", "United States").Country("Ukraine", "UA", "Ukraine")
                .Amount("$300 million", 3e8m, "USD").Date("Monday", "2024-06-10").Build(), CancellationToken.None);

        const string later = "Last month the United States provided $300 million in military aid to Ukraine.";
        var extracted = EventsTestHost.Extractor().Extract(new ArticleForEvents(2, "https://example.test/2", "t", later, Monday.AddDays(20)),
            new MentionsBuilder(later).Country("United States", "US", "United States").Country("Ukraine", "UA", "Ukraine")
                .Amount("$300 million", 3e8m, "USD").Build());
        var recap = Assert.Single(extracted);
        Assert.True(recap.IsRecap, recap.Evidence);

        await host.Processor.ProcessArticleAsync(new ArticleForEvents(2, "https://example.test/2", "t", later, Monday.AddDays(20)),
            new MentionsBuilder(later).Country("United States", "US", "United States").Country("Ukraine", "UA", "Ukraine")
                .Amount("$300 million", 3e8m, "USD").Build(), CancellationToken.None);

        Assert.Equal(1, await host.Db.Database.ScalarAsync<int>("SELECT count(*) FROM events"));
        Assert.Equal([1L, 2L], await host.Db.Database.ListAsync<long>("SELECT article_id FROM event_sources ORDER BY article_id"));
        Assert.Single(await host.AlertsAsync());
    }
}

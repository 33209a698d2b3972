using Dapper;
using NewsWatch.Entities;
using NewsWatch.Storage;
using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Storage;

[Collection(PostgresCollection.Name)]
public class MentionStoreTests(PostgresServer server)
{
    [Theory, BothProviders]
    public async Task An_amounts_bound_and_period_survive_the_database(StorageProvider provider)
    {
        await using var temp = await TempDatabase.CreateAsync(provider, server);
        await using (var c = await temp.Database.OpenAsync())
            await c.ExecuteAsync("INSERT INTO articles(id, url, original_url, title, text) VALUES (1, 'https://a.example/1', 'https://a.example/1', 't', 'x')");
        var store = new MentionStore(temp.Database);
        var floor = new EntityMention(EntityType.Amount, 0, 20, "more than $1 billion", new EntityValue { Amount = 1e9m, Currency = "USD", Usd = 1e9m, Bound = "at_least" }, 1f);
        var yearly = new EntityMention(EntityType.Amount, 30, 50, "$40 billion a year", new EntityValue { Amount = 4e10m, Currency = "USD", Usd = 4e10m, Per = "year" }, 1f);
        await store.ReplaceAsync(1, [floor, yearly], _ => 0, ArticleStatus.Extracted, DateTimeOffset.UtcNow);

        var read = await store.ListAsync(1);
        Assert.Equal([("at_least", null), (null, "year")], read.Select(m => (m.Value?.Bound, m.Value?.Per)));
    }
}

using NewsWatch.Storage;
using System.Text.Json;
using NewsWatch.Events;
using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Events;

/// <summary>Run on SQLite and on PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PackagePartsTests(PostgresServer server)
{
    [Theory, BothProviders]
    public async Task A_total_with_parts_is_stored_and_alerted_with_its_parts(StorageProvider provider)
    {
        await using var host = await EventsTestHost.CreateAsync(provider, server);
        const string text = "The United States is announcing a $1.2 billion package for Ukraine, made up of $400 million from drawdown authority and $800 million through the Ukraine Security Assistance Initiative.";
        var mentions = new MentionsBuilder(text).Country("United States", "US", "United States").Country("Ukraine", "UA", "Ukraine")
            .Amount("$1.2 billion", 1.2e9m, "USD").Amount("$400 million", 4e8m, "USD").Amount("$800 million", 8e8m, "USD").Build();
        await host.Processor.ProcessArticleAsync(new ArticleForEvents(1, "https://example.test/a", "t", text, new DateTimeOffset(2024, 6, 13, 12, 0, 0, TimeSpan.Zero)), mentions, CancellationToken.None);

        var (amount, parts) = Assert.Single(await host.Db.Database.ListAsync<(double, string)>("SELECT amount, parts FROM events"));
        Assert.Equal(1.2e9, amount);
        var stored = JsonDocument.Parse(parts).RootElement.EnumerateArray().Select(p => (p.GetProperty("amount").GetDecimal(), p.GetProperty("what").GetString())).ToList();
        Assert.Equal([(4e8m, "from drawdown authority"), (8e8m, "through the Ukraine Security Assistance Initiative")], stored);
        var payload = Assert.Single(await host.Db.Database.ListAsync<string>("SELECT payload FROM alert_outbox"));
        Assert.Equal(2, JsonDocument.Parse(payload).RootElement.GetProperty("parts").GetArrayLength());
    }
}

using NewsWatch.Storage;
using NewsWatch.Tests.Support;
using NewsWatch.Alerts;

namespace NewsWatch.Tests.Alerts;

/// <summary>The outbox, on SQLite and on PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AlertOutboxTests(PostgresServer server)
{
    private static Dictionary<string, string?> Webhooks(params (string Name, string Filter, string Value)[] webhooks)
    {
        var settings = new Dictionary<string, string?>();
        var names = webhooks.Select(w => w.Name).Distinct().ToList();
        for (var i = 0; i < names.Count; i++)
        {
            settings[$"Alerts:Webhooks:{i}:Name"] = names[i];
            settings[$"Alerts:Webhooks:{i}:Url"] = "{server}/hook";
            var n = 0;
            foreach (var (_, filter, value) in webhooks.Where(w => w.Name == names[i] && w.Filter.Length > 0))
                settings[$"Alerts:Webhooks:{i}:Filters:{filter}" + (filter is "MinAmountUsd" or "MinConfidence" or "IncludeWithoutAmount" ? "" : $":{n++}")] = value;
        }
        return settings;
    }

    private static async Task<string[]> WebhooksFor(AlertTestKit kit, long eventId) =>
        (await kit.QueryAsync<string>("SELECT webhook FROM alert_outbox WHERE event_id = @eventId ORDER BY webhook", new { eventId })).ToArray();

    [Theory, BothProviders]
    public async Task Filters_choose_the_webhooks_that_get_an_event(StorageProvider provider)
    {
        await using var kit = await AlertTestKit.StartAsync(provider, server, Webhooks(
            ("all", "", ""),
            ("big", "MinAmountUsd", "1000000000"),
            ("from-us-or-eu", "Donors", "us"), ("from-us-or-eu", "Donors", "European Union"),
            ("to-ukraine", "Recipients", "UA"),
            ("humanitarian", "AidTypes", "Humanitarian"),
            ("deliveries", "Measures", "delivery"),
            ("big-us-military", "MinAmountUsd", "500000000"), ("big-us-military", "Donors", "US"), ("big-us-military", "AidTypes", "military"),
            ("unpriced-too", "IncludeWithoutAmount", "true"),
            ("very-sure", "MinConfidence", "0.95")));

        await kit.EnqueueAsync(TestAlerts.Create(eventId: 1, donor: "US", recipient: "UA", amountUsd: 1_200_000_000m));
        await kit.EnqueueAsync(TestAlerts.Create(eventId: 2, donor: "EU", recipient: "UA", amountUsd: 50_000_000m, aidType: "humanitarian", measure: "delivery"));
        await kit.EnqueueAsync(TestAlerts.Create(eventId: 3, donor: "DE", recipient: "IL", amountUsd: 999_999_999m));
        await kit.EnqueueAsync(TestAlerts.Create(eventId: 4, donor: "US", recipient: "IL", amountUsd: null));
        await kit.EnqueueAsync(TestAlerts.Create(eventId: 5, donor: "GB", recipient: "UA", amountUsd: 1_000_000_000m, aidType: "training"));

        // The test alerts are 0.91 sure: under the 0.95 minimum.
        Assert.Equal(["all", "big", "big-us-military", "from-us-or-eu", "to-ukraine", "unpriced-too"], await WebhooksFor(kit, 1));
        Assert.Equal(["all", "deliveries", "from-us-or-eu", "humanitarian", "to-ukraine", "unpriced-too"], await WebhooksFor(kit, 2));
        Assert.Equal(["all", "unpriced-too"], await WebhooksFor(kit, 3));
        // No amount: stored, but alerted only where a webhook asks for such events.
        Assert.Equal(["unpriced-too"], await WebhooksFor(kit, 4));
        // The minimum is inclusive.
        Assert.Equal(["all", "big", "to-ukraine", "unpriced-too"], await WebhooksFor(kit, 5));
    }

    [Theory, BothProviders]
    public async Task Enqueue_is_idempotent_per_event_version_and_webhook(StorageProvider provider)
    {
        await using var kit = await AlertTestKit.StartAsync(provider, server, Webhooks(("a", "", ""), ("b", "", "")));
        var alert = TestAlerts.Create();

        Assert.Equal(2, await kit.EnqueueAsync(alert));
        var ids = await kit.QueryAsync<string>("SELECT delivery_id FROM alert_outbox ORDER BY id");
        Assert.Equal(0, await kit.EnqueueAsync(alert));
        Assert.Equal(0, await kit.EnqueueAsync(alert with { Evidence = "reworded" }));

        Assert.Equal(ids, await kit.QueryAsync<string>("SELECT delivery_id FROM alert_outbox ORDER BY id"));
        Assert.Equal(2, ids.Distinct().Count());
        Assert.All(ids, id => Assert.True(Guid.TryParse(id, out _)));
        Assert.Equal(0, await kit.ScalarAsync<int>("SELECT count(*) FROM alert_outbox WHERE payload LIKE '%reworded%'"));
    }

    [Theory, BothProviders]
    public async Task Alerts_roll_back_with_the_transaction_that_enqueued_them(StorageProvider provider)
    {
        await using var kit = await AlertTestKit.StartAsync(provider, server);
        await Assert.ThrowsAsync<InvalidOperationException>(() => kit.Db.Database.InTransactionAsync<int>(async (connection, tx) =>
        {
            await kit.Outbox.EnqueueAsync(connection, tx, TestAlerts.Create(), AlertKind.New, CancellationToken.None);
            throw new InvalidOperationException("the events stage failed after enqueuing");
        }));
        Assert.Equal(0, await kit.ScalarAsync<int>("SELECT count(*) FROM alert_outbox"));
    }

    [Theory, BothProviders]
    public async Task Amount_changes_follow_up_where_told_before_and_start_fresh_where_the_new_amount_now_passes(StorageProvider provider)
    {
        await using var kit = await AlertTestKit.StartAsync(provider, server, Webhooks(("over-1bn", "MinAmountUsd", "1000000000"), ("over-2bn", "MinAmountUsd", "2000000000")));

        await kit.EnqueueAsync(TestAlerts.Create(eventId: 9, version: 1, amountUsd: 1_200_000_000m));
        await kit.EnqueueAsync(TestAlerts.Create(eventId: 9, version: 2, amountUsd: 2_500_000_000m), AlertKind.AmountChanged);
        // Revised down below both minimums: both receivers were told, so both hear of the correction.
        await kit.EnqueueAsync(TestAlerts.Create(eventId: 9, version: 3, amountUsd: 400_000_000m), AlertKind.AmountChanged);

        var rows = await kit.QueryAsync<(string Webhook, long Version, string Kind)>(
            "SELECT webhook, event_version, kind FROM alert_outbox ORDER BY webhook, event_version");
        Assert.Equal(
            [("over-1bn", 1L, "new"), ("over-1bn", 2L, "amount_changed"), ("over-1bn", 3L, "amount_changed"),
             ("over-2bn", 2L, "new"), ("over-2bn", 3L, "amount_changed")],
            rows);
    }

    [Theory, BothProviders]
    public async Task Without_webhooks_nothing_is_enqueued(StorageProvider provider)
    {
        await using var kit = await AlertTestKit.StartAsync(provider, server, defaultWebhook: false);
        Assert.Equal(0, await kit.EnqueueAsync(TestAlerts.Create()));
    }
}

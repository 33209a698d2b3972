using NewsWatch.Storage;
using NewsWatch.Tests.Support;
using NewsWatch.Alerts;

namespace NewsWatch.Tests.Alerts;

/// <summary>The dispatcher over the outbox, on SQLite and on PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AlertDispatcherTests(PostgresServer server)
{
    [Theory, BothProviders]
    public async Task Receiver_failing_twice_gets_the_alert_on_the_third_attempt_once_with_one_delivery_id(StorageProvider provider)
    {
        await using var kit = await AlertTestKit.StartAsync(provider, server);
        kit.Receiver.StatusFor = n => n <= 2 ? 503 : 200;
        Assert.Equal(1, await kit.EnqueueAsync(TestAlerts.Create()));

        Assert.Equal(new DispatchSummary(0, 1, 0, 0), await kit.Dispatcher.DispatchDueAsync(CancellationToken.None));
        // Backoff after the first failure: InitialBackoff (30 s) spread by ±20 %.
        var next = DateTimeOffset.Parse(await kit.ScalarAsync<string>("SELECT next_attempt_at FROM alert_outbox"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(next - AlertTestKit.Start, TimeSpan.FromSeconds(23.9), TimeSpan.FromSeconds(36.1));
        // Not due yet: nothing is sent.
        Assert.Equal(0, (await kit.Dispatcher.DispatchDueAsync(CancellationToken.None)).Attempts);
        Assert.Single(kit.Receiver.Received);

        await kit.AdvanceToNextAttemptAsync();
        Assert.Equal(new DispatchSummary(0, 1, 0, 0), await kit.Dispatcher.DispatchDueAsync(CancellationToken.None));
        await kit.AdvanceToNextAttemptAsync();
        Assert.Equal(new DispatchSummary(1, 0, 0, 0), await kit.Dispatcher.DispatchDueAsync(CancellationToken.None));
        kit.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, (await kit.Dispatcher.DispatchDueAsync(CancellationToken.None)).Attempts);

        var received = kit.Receiver.Received;
        Assert.Equal(3, received.Count);
        var deliveryId = await kit.ScalarAsync<string>("SELECT delivery_id FROM alert_outbox");
        Assert.All(received, r => Assert.Equal(deliveryId, r.Header(WebhookHeaders.Delivery)));
        Assert.All(received, r => Assert.Equal(deliveryId, r.Json.GetProperty("delivery_id").GetString()));
        Assert.Equal(["1", "2", "3"], received.Select(r => r.Header(WebhookHeaders.Attempt)));
        Assert.All(received, r => Assert.Equal("aid_event.new", r.Header(WebhookHeaders.Event)));
        Assert.All(received, r => Assert.StartsWith("NewsWatch/", r.Header("User-Agent")));

        Assert.Equal("delivered|3|200", await kit.ScalarAsync<string>("SELECT status || '|' || attempts || '|' || last_http_status FROM alert_outbox WHERE delivered_at IS NOT NULL AND lease_until IS NULL AND last_error IS NULL"));
        Assert.Equal([503, 503, 200], await kit.QueryAsync<int>("SELECT http_status FROM alert_deliveries ORDER BY attempt"));
    }

    [Theory, BothProviders]
    public async Task Permanent_failure_is_dead_after_MaxAttempts_with_the_last_error(StorageProvider provider)
    {
        await using var kit = await AlertTestKit.StartAsync(provider, server, new Dictionary<string, string?> { ["Alerts:MaxAttempts"] = "4" });
        kit.Receiver.StatusFor = _ => 500;
        await kit.EnqueueAsync(TestAlerts.Create());

        var outcomes = new List<DispatchSummary>();
        for (var i = 0; i < 6; i++)
        {
            outcomes.Add(await kit.Dispatcher.DispatchDueAsync(CancellationToken.None));
            kit.Time.Advance(TimeSpan.FromHours(2));
        }

        Assert.Equal(4, kit.Receiver.Received.Count);
        Assert.Equal(3, outcomes.Sum(o => o.Retrying));
        Assert.Equal(1, outcomes.Sum(o => o.Dead));
        var row = Assert.Single(await kit.Outbox.ListAsync(AlertStatus.Dead, 10, CancellationToken.None));
        Assert.Equal(4, row.Attempts);
        Assert.Equal(500, row.LastHttpStatus);
        Assert.StartsWith("HTTP 500", row.LastError);
        Assert.Contains("receiver says no", row.LastError);
        Assert.Null(row.NextAttemptAt);
        Assert.Empty(await kit.Outbox.ListAsync(AlertStatus.Pending, 10, CancellationToken.None));
        Assert.Equal(4, await kit.ScalarAsync<int>("SELECT count(*) FROM alert_deliveries"));

        // Revived after the receiver is fixed: same delivery id, fresh budget.
        kit.Receiver.StatusFor = _ => 200;
        Assert.Equal(1, await kit.Outbox.RetryDeadAsync(null, CancellationToken.None));
        Assert.Equal(1, (await kit.Dispatcher.DispatchDueAsync(CancellationToken.None)).Delivered);
        Assert.Single(kit.Receiver.Received.Select(r => r.Header(WebhookHeaders.Delivery)).Distinct());
    }

    [Theory, BothProviders]
    public async Task Crash_between_sending_and_recording_resends_after_the_lease_with_the_same_delivery_id(StorageProvider provider)
    {
        await using var kit = await AlertTestKit.StartAsync(provider, server);
        await kit.EnqueueAsync(TestAlerts.Create());

        // A dispatcher claims and sends, then "dies": its result is never recorded.
        var doomed = kit.Dispatcher;
        var claimed = await doomed.ClaimNextAsync(CancellationToken.None);
        Assert.NotNull(claimed);
        var lostResult = await doomed.SendAsync(claimed, CancellationToken.None);
        Assert.True(lostResult.Succeeded);

        // While the lease holds, a fresh dispatcher (the restarted daemon) leaves it alone.
        kit.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, (await kit.Dispatcher.DispatchDueAsync(CancellationToken.None)).Attempts);
        Assert.Single(kit.Receiver.Received);

        kit.Time.Advance(AlertOptions.DefaultLeaseDuration);
        Assert.Equal(1, (await kit.Dispatcher.DispatchDueAsync(CancellationToken.None)).Delivered);
        var received = kit.Receiver.Received;
        Assert.Equal(2, received.Count);
        Assert.Equal(received[0].Header(WebhookHeaders.Delivery), received[1].Header(WebhookHeaders.Delivery));
        Assert.Equal(["1", "2"], received.Select(r => r.Header(WebhookHeaders.Attempt)));

        // Had the first process come back to record late, the fence keeps the row as it is.
        Assert.Equal(AlertOutcome.LeaseLost, await doomed.RecordAsync(claimed, lostResult));
        Assert.Equal("delivered|2", await kit.ScalarAsync<string>("SELECT status || '|' || attempts FROM alert_outbox"));
        kit.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, (await kit.Dispatcher.DispatchDueAsync(CancellationToken.None)).Attempts);
        Assert.Equal(2, kit.Receiver.Received.Count);
    }

    [Fact]
    public async Task A_restarted_daemon_releases_abandoned_leases_and_resends_at_once_with_the_same_delivery_id()
    {
        await using var kit = await AlertTestKit.StartAsync();
        await kit.EnqueueAsync(TestAlerts.Create());
        var claimed = await kit.Dispatcher.ClaimNextAsync(CancellationToken.None);
        await kit.Dispatcher.SendAsync(claimed!, CancellationToken.None);

        Assert.Equal(1, await kit.Outbox.ReleaseLeasesAsync(CancellationToken.None));
        Assert.Equal(1, (await kit.Dispatcher.DispatchDueAsync(CancellationToken.None)).Delivered);
        Assert.Equal(2, kit.Receiver.Received.Count);
        Assert.Single(kit.Receiver.Received.Select(r => r.Header(WebhookHeaders.Delivery)).Distinct());
        Assert.Equal(0, await kit.Outbox.ReleaseLeasesAsync(CancellationToken.None));
    }

    [Theory, BothProviders]
    public async Task An_unrecorded_last_attempt_is_dead_after_its_lease_instead_of_sent_again(StorageProvider provider)
    {
        await using var kit = await AlertTestKit.StartAsync(provider, server, new Dictionary<string, string?> { ["Alerts:MaxAttempts"] = "1" });
        await kit.EnqueueAsync(TestAlerts.Create());
        var claimed = await kit.Dispatcher.ClaimNextAsync(CancellationToken.None);
        await kit.Dispatcher.SendAsync(claimed!, CancellationToken.None);

        kit.Time.Advance(AlertOptions.DefaultLeaseDuration + TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await kit.Dispatcher.DispatchDueAsync(CancellationToken.None)).Dead);
        Assert.Single(kit.Receiver.Received);
        Assert.Contains("never recorded", await kit.ScalarAsync<string>("SELECT last_error FROM alert_outbox WHERE status = 'dead'"));
    }

    [Theory, BothProviders]
    public async Task Retry_After_is_honoured_up_to_MaxBackoff(StorageProvider provider)
    {
        await using var kit = await AlertTestKit.StartAsync(provider, server, new Dictionary<string, string?> { ["Alerts:MaxBackoff"] = "00:30:00" });
        kit.Receiver.StatusFor = _ => 429;
        kit.Receiver.RetryAfter = "600";
        await kit.EnqueueAsync(TestAlerts.Create(eventId: 1));
        await kit.Dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Equal("2026-03-02T09:10:00.000Z", await kit.ScalarAsync<string>("SELECT next_attempt_at FROM alert_outbox WHERE event_id = 1"));

        kit.Receiver.RetryAfter = "86400";
        await kit.EnqueueAsync(TestAlerts.Create(eventId: 2));
        await kit.Dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Equal("2026-03-02T09:30:00.000Z", await kit.ScalarAsync<string>("SELECT next_attempt_at FROM alert_outbox WHERE event_id = 2"));
    }

    [Theory, BothProviders]
    public async Task Timeout_and_refused_connections_are_failed_attempts_without_a_status(StorageProvider provider)
    {
        await using var kit = await AlertTestKit.StartAsync(provider, server, new Dictionary<string, string?>
        {
            ["Alerts:RequestTimeout"] = "00:00:01",
            ["Alerts:Webhooks:1:Name"] = "nobody-home",
            ["Alerts:Webhooks:1:Url"] = "http://127.0.0.1:9/hook",
        });
        kit.Receiver.Delay = TimeSpan.FromSeconds(10);
        await kit.EnqueueAsync(TestAlerts.Create());

        Assert.Equal(2, (await kit.Dispatcher.DispatchDueAsync(CancellationToken.None)).Retrying);
        var errors = await kit.QueryAsync<(string Webhook, string Error, long? Status)>(
            "SELECT webhook, last_error, last_http_status FROM alert_outbox ORDER BY webhook");
        Assert.Equal("hook", errors[0].Webhook);
        Assert.Equal("timed out after 1 s", errors[0].Error);
        Assert.Null(errors[0].Status);
        Assert.Null(errors[1].Status);
        Assert.Contains("refused", errors[1].Error, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, BothProviders]
    public async Task A_redirect_is_a_failed_attempt_not_a_POST_turned_GET(StorageProvider provider)
    {
        await using var kit = await AlertTestKit.StartAsync(provider, server);
        kit.Server.Map("/moved", context =>
        {
            context.Response.StatusCode = 301;
            context.Response.Headers.Location = kit.Receiver.Url.ToString();
            return Task.CompletedTask;
        });
        await using var moved = await AlertTestKit.StartAsync(provider, server, new Dictionary<string, string?> { ["Alerts:Webhooks:0:Url"] = kit.Server.Url("/moved").ToString() });
        await moved.EnqueueAsync(TestAlerts.Create());

        Assert.Equal(1, (await moved.Dispatcher.DispatchDueAsync(CancellationToken.None)).Retrying);
        Assert.Equal(1, kit.Server.RequestCount("/moved"));
        Assert.Empty(kit.Receiver.Received);
        Assert.StartsWith("HTTP 301", await moved.ScalarAsync<string>("SELECT last_error FROM alert_outbox"));
    }

    [Theory, BothProviders]
    public async Task Concurrent_dispatchers_send_each_alert_once(StorageProvider provider)
    {
        await using var kit = await AlertTestKit.StartAsync(provider, server);
        for (var id = 1; id <= 12; id++) await kit.EnqueueAsync(TestAlerts.Create(eventId: id));

        var passes = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => kit.Dispatcher.DispatchDueAsync(CancellationToken.None)));

        Assert.Equal(12, passes.Sum(p => p.Delivered));
        Assert.Equal(12, kit.Receiver.Received.Count);
        Assert.Equal(12, kit.Receiver.Received.Select(r => r.Header(WebhookHeaders.Delivery)).Distinct().Count());
        Assert.Equal(12, await kit.ScalarAsync<int>("SELECT count(*) FROM alert_outbox WHERE status = 'delivered' AND attempts = 1"));
    }

    [Theory, BothProviders]
    public async Task A_webhook_removed_from_configuration_leaves_its_alerts_to_die_not_to_hang(StorageProvider provider)
    {
        await using var kit = await AlertTestKit.StartAsync(provider, server, new Dictionary<string, string?> { ["Alerts:MaxAttempts"] = "1" });
        await using (var connection = await kit.Db.Database.OpenAsync())
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, """
                INSERT INTO alert_outbox(delivery_id, webhook, event_id, event_version, kind, payload, next_attempt_at)
                VALUES ('d-1', 'gone', 7, 1, 'new', '{}', '2026-01-01T00:00:00.000Z')
                """);
        }
        Assert.Equal(1, (await kit.Dispatcher.DispatchDueAsync(CancellationToken.None)).Dead);
        Assert.Equal("webhook 'gone' is no longer configured", await kit.ScalarAsync<string>("SELECT last_error FROM alert_outbox"));
        Assert.Empty(kit.Receiver.Received);
    }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Testing;
using NewsWatch.Alerts;

namespace NewsWatch.Tests.Alerts;

public sealed class WebhookSignatureTests
{
    private const string Secret = "whsec-7Qz!c0rrect-horse";

    /// <summary>What docs/alerts.md tells a receiver to do, written independently of NewsWatch's signer.</summary>
    private static bool ReceiverAccepts(ReceivedWebhook request, string secret)
    {
        var timestamp = request.Header(WebhookHeaders.Timestamp);
        var signature = request.Header(WebhookHeaders.Signature);
        if (timestamp is null || signature is null || !signature.StartsWith("sha256=", StringComparison.Ordinal)) return false;
        var signed = Encoding.UTF8.GetBytes(timestamp + ".").Concat(request.Body).ToArray();
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
        var given = Convert.FromHexString(signature["sha256=".Length..]);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    [Fact]
    public async Task Receiver_verifies_the_signature_with_the_right_secret_and_detects_a_wrong_one_or_a_changed_body()
    {
        await using var kit = await AlertTestKit.StartAsync(new Dictionary<string, string?> { ["Alerts:Webhooks:0:Secret"] = Secret });
        await kit.EnqueueAsync(TestAlerts.Create());
        await kit.Dispatcher.DispatchDueAsync(CancellationToken.None);

        var request = Assert.Single(kit.Receiver.Received);
        Assert.Equal(AlertTestKit.Start.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), request.Header(WebhookHeaders.Timestamp));
        Assert.Matches("^sha256=[0-9a-f]{64}$", request.Header(WebhookHeaders.Signature));
        Assert.True(ReceiverAccepts(request, Secret));
        Assert.False(ReceiverAccepts(request, Secret + "x"));
        var tampered = request with { Body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(request.Body).Replace("1200000000", "9200000000", StringComparison.Ordinal)) };
        Assert.NotEqual(request.Body, tampered.Body);
        Assert.False(ReceiverAccepts(tampered, Secret));
        var replayedLater = request with { Headers = new Dictionary<string, string>(request.Headers, StringComparer.OrdinalIgnoreCase) { [WebhookHeaders.Timestamp] = "1999999999" } };
        Assert.False(ReceiverAccepts(replayedLater, Secret));
    }

    [Fact]
    public async Task Without_a_secret_there_is_no_signature()
    {
        await using var kit = await AlertTestKit.StartAsync();
        await kit.EnqueueAsync(TestAlerts.Create());
        await kit.Dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Null(Assert.Single(kit.Receiver.Received).Header(WebhookHeaders.Signature));
    }

    [Fact]
    public async Task The_secret_never_reaches_logs_or_the_database_even_through_failures()
    {
        var variable = "NEWSWATCH_TEST_SECRET_" + Guid.NewGuid().ToString("N");
        const string envSecret = "env-secret-Kx93-never-log-me";
        Environment.SetEnvironmentVariable(variable, envSecret);
        try
        {
            await using var kit = await AlertTestKit.StartAsync(new Dictionary<string, string?>
            {
                ["Alerts:Webhooks:0:Secret"] = Secret,
                ["Alerts:Webhooks:0:Format"] = "slack",
                ["Alerts:Webhooks:1:Name"] = "env",
                ["Alerts:Webhooks:1:Url"] = "{server}/hook",
                ["Alerts:Webhooks:1:SecretEnvironmentVariable"] = variable,
                ["Alerts:MaxAttempts"] = "2",
            });
            kit.Receiver.StatusFor = n => n <= 2 ? 500 : 200;
            await kit.EnqueueAsync(TestAlerts.Create(eventId: 1));
            await kit.EnqueueAsync(TestAlerts.Create(eventId: 2));
            for (var i = 0; i < 3; i++)
            {
                await kit.Dispatcher.DispatchDueAsync(CancellationToken.None);
                kit.Time.Advance(TimeSpan.FromHours(2));
            }

            // Four alerts (two events × two webhooks): two fail once, then all are delivered.
            Assert.Equal(6, kit.Receiver.Received.Count);
            Assert.Equal(4, await kit.ScalarAsync<int>("SELECT count(*) FROM alert_outbox WHERE status = 'delivered'"));
            Assert.Contains(kit.Receiver.Received, r => ReceiverAccepts(r, envSecret));
            var logs = kit.Logs.Collector.GetSnapshot();
            Assert.Contains(logs, l => l.Message.Contains("failed", StringComparison.Ordinal));
            Assert.Contains(logs, l => l.Message.Contains("delivered", StringComparison.Ordinal));
            foreach (var secret in new[] { Secret, envSecret })
            {
                Assert.DoesNotContain(logs, l => Mentions(l, secret));
                Assert.False(await DatabaseFilesContainAsync(kit, secret), "the secret is in the database files");
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    private static bool Mentions(FakeLogRecord record, string secret) =>
        record.Message.Contains(secret, StringComparison.Ordinal)
        || (record.Exception?.ToString().Contains(secret, StringComparison.Ordinal) ?? false)
        || (record.StructuredState?.Any(kv => kv.Value?.Contains(secret, StringComparison.Ordinal) ?? false) ?? false);

    private static async Task<bool> DatabaseFilesContainAsync(AlertTestKit kit, string secret)
    {
        var needle = Encoding.UTF8.GetBytes(secret);
        foreach (var path in Directory.GetFiles(kit.Db.Directory))
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            if (copy.ToArray().AsSpan().IndexOf(needle) >= 0) return true;
        }
        return false;
    }
}

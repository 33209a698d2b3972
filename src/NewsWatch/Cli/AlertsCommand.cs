using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsWatch.Alerts;
using NewsWatch.Storage;

namespace NewsWatch.Cli;

/// <summary><c>newswatch alerts list|test|retry</c>: look into the webhook outbox and check a webhook setup.</summary>
public static class AlertsCommand
{
    public const int DefaultListLimit = 50;

    public static Command Create()
    {
        var command = new Command("alerts", "Webhook alerts: list the outbox, send a test alert, retry dead alerts.");
        command.Subcommands.Add(CreateList());
        command.Subcommands.Add(CreateTest());
        command.Subcommands.Add(CreateRetry());
        return command;
    }

    private static Command CreateList()
    {
        var status = new Option<AlertStatus?>("--status") { Description = "Only alerts in this state: pending, delivered or dead." };
        var limit = new Option<int>("--limit") { Description = "Show at most this many (newest first).", DefaultValueFactory = _ => DefaultListLimit };
        var command = new Command("list", "Show the alert outbox, newest first: where each alert stands, its attempts and last error.");
        command.Options.Add(status);
        command.Options.Add(limit);
        command.SetAction(async (parseResult, ct) =>
        {
            using var host = await VerbHost.StartAsync(parseResult, ct).ConfigureAwait(false);
            var rows = await host.Services.GetRequiredService<AlertOutbox>()
                .ListAsync(parseResult.GetValue(status), Math.Max(1, parseResult.GetValue(limit)), ct).ConfigureAwait(false);
            WriteTable(parseResult.InvocationConfiguration.Output, rows);
            return 0;
        });
        return command;
    }

    private static Command CreateTest()
    {
        var webhookName = new Option<string?>("--webhook") { Description = "Only the webhook with this name (default: every configured webhook)." };
        var command = new Command("test", "Send a sample alert straight to the configured webhook(s), bypassing the outbox, and print each HTTP result.");
        command.Options.Add(webhookName);
        command.SetAction(async (parseResult, ct) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            using var host = VerbHost.Build(parseResult);
            AlertOptions options;
            try
            {
                options = host.Services.GetRequiredService<IOptions<AlertOptions>>().Value;
            }
            catch (OptionsValidationException ex)
            {
                foreach (var failure in ex.Failures) await error.WriteLineAsync(failure).ConfigureAwait(false);
                return 2;
            }

            var name = parseResult.GetValue(webhookName);
            var targets = name is null ? options.Webhooks : options.FindWebhook(name) is { } one ? [one] : [];
            if (targets.Count == 0)
            {
                await error.WriteLineAsync(name is null
                    ? "No webhooks configured: add them under Alerts:Webhooks (see docs/alerts.md)."
                    : $"No webhook named '{name}'. Configured: {string.Join(", ", options.Webhooks.Select(w => w.Name))}").ConfigureAwait(false);
                return 1;
            }

            var sender = host.Services.GetRequiredService<WebhookSender>();
            var time = host.Services.GetRequiredService<TimeProvider>();
            var failed = 0;
            foreach (var webhook in targets)
            {
                var now = time.GetUtcNow();
                var message = new AlertMessage(Guid.CreateVersion7(now).ToString(), AlertKind.New, now, AlertSample.Create(now), IsTest: true);
                var result = await sender.SendAsync(webhook, message, attempt: 1, ct).ConfigureAwait(false);
                var signed = webhook.ResolveSecret() is null ? "unsigned" : "signed";
                var ms = result.Duration.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
                if (result.Succeeded)
                {
                    await output.WriteLineAsync($"{webhook.Name} ({webhook.Format.ToString().ToLowerInvariant()}, {signed}): HTTP {result.StatusCode} in {ms} ms, delivery {message.DeliveryId}").ConfigureAwait(false);
                }
                else
                {
                    failed++;
                    await output.WriteLineAsync($"{webhook.Name} ({webhook.Format.ToString().ToLowerInvariant()}, {signed}): FAILED after {ms} ms: {result.Error}").ConfigureAwait(false);
                }
            }
            return failed == 0 ? 0 : 1;
        });
        return command;
    }

    private static Command CreateRetry()
    {
        var id = new Option<long?>("--id") { Description = "Only the dead alert with this outbox id (default: every dead alert)." };
        var command = new Command("retry", "Put dead alerts back in the queue with a fresh attempt budget and their original delivery id.");
        command.Options.Add(id);
        command.SetAction(async (parseResult, ct) =>
        {
            using var host = await VerbHost.StartAsync(parseResult, ct).ConfigureAwait(false);
            var revived = await host.Services.GetRequiredService<AlertOutbox>().RetryDeadAsync(parseResult.GetValue(id), ct).ConfigureAwait(false);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync($"{revived} dead alert(s) queued again; the daemon sends them on its next dispatch pass.").ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static void WriteTable(TextWriter output, IReadOnlyList<AlertStatusRow> rows)
    {
        if (rows.Count == 0)
        {
            output.WriteLine("No alerts.");
            return;
        }
        string[] header = ["ID", "STATUS", "WEBHOOK", "EVENT", "KIND", "WHAT", "TRIES", "HTTP", "WHEN", "LAST ERROR"];
        var lines = rows.Select(r => new[]
        {
            r.Id.ToString(CultureInfo.InvariantCulture),
            r.Status,
            r.Webhook,
            $"{r.EventId} v{r.EventVersion}",
            r.Kind,
            $"{r.Donor} → {r.Recipient}" + (r.AmountUsd is { } usd ? " " + Alerts.Payloads.AmountText.Format(usd, "USD") : ""),
            r.Attempts.ToString(CultureInfo.InvariantCulture),
            r.LastHttpStatus?.ToString(CultureInfo.InvariantCulture) ?? "-",
            r.Status switch { "delivered" => r.DeliveredAt, "pending" => "next " + r.NextAttemptAt, _ => r.CreatedAt } ?? "",
            r.LastError is { } e ? Alerts.Payloads.AlertFacts.Truncate(e, 60) : "",
        }).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, lines.Max(l => l[i].Length))).ToArray();
        output.WriteLine(string.Join("  ", header.Select((h, i) => h.PadRight(widths[i]))).TrimEnd());
        foreach (var line in lines)
            output.WriteLine(string.Join("  ", line.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
    }
}

using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsWatch.Events;
using NewsWatch.Feeds;
using NewsWatch.Storage;

namespace NewsWatch.Cli;

/// <summary><c>newswatch feeds list|import|add</c>: the feed list and its health.</summary>
public static class FeedsCommand
{
    public static Command Create()
    {
        var feeds = new Command("feeds", "Manage the watched feeds.");
        feeds.Subcommands.Add(CreateList());
        feeds.Subcommands.Add(CreateImport());
        feeds.Subcommands.Add(CreateAdd());
        return feeds;
    }

    private static Command CreateList()
    {
        var command = new Command("list", "List the feeds with their health: last status, consecutive failures, last error, next poll.");
        command.SetAction(async (parseResult, ct) =>
        {
            using var host = await VerbHost.StartAsync(parseResult, ct);
            var rows = await host.Services.GetRequiredService<FeedStore>().ListAsync(ct);
            Console.WriteLine($"{"ID",4}  {"STATUS",-12} {"FAIL",4}  {"LAST POLL",-24} {"NEXT POLL",-24} {"ITEMS",6}  NAME / URL / ERROR");
            foreach (var f in rows)
            {
                Console.WriteLine($"{f.Id,4}  {(f.Enabled ? f.LastStatus ?? "never" : "disabled"),-12} {f.ConsecutiveFailures,4}  {f.LastPolledAt ?? "-",-24} {f.NextPollAt ?? "-",-24} {f.ItemsSeen,6}  {f.Name}");
                Console.WriteLine($"{"",4}  {f.Url}");
                if (f.LastError is { } error) Console.WriteLine($"{"",4}  error: {error}");
            }
            Console.WriteLine($"{rows.Count} feed(s), {rows.Count(f => f.ConsecutiveFailures > 0)} failing");
            return 0;
        });
        return command;
    }

    private static Command CreateImport()
    {
        var file = new Argument<FileInfo>("file") { Description = "An OPML file; every outline with an xmlUrl becomes a feed." };
        var command = new Command("import", "Add the feeds of an OPML file (existing URLs are updated, not duplicated).") { file };
        command.SetAction(async (parseResult, ct) =>
        {
            var path = parseResult.GetValue(file)!;
            using var host = await VerbHost.StartAsync(parseResult, ct);
            var store = host.Services.GetRequiredService<FeedStore>();
            var interval = host.Services.GetRequiredService<IOptions<FeedOptions>>().Value.DefaultPollInterval;
            IReadOnlyList<OpmlFeed> entries;
            try
            {
                entries = OpmlReader.Read(await File.ReadAllBytesAsync(path.FullName, ct));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FeedParseException)
            {
                Console.Error.WriteLine($"error: cannot import {path.FullName}: {ex.Message}");
                return 1;
            }
            foreach (var entry in entries)
            {
                // An unknown publisher would never become a donor: the feed is imported without it, and said so.
                var known = entry.Publisher is null || PublisherResolver.IsKnownCode(entry.Publisher);
                if (!known)
                    Console.Error.WriteLine($"warning: {entry.XmlUrl.AbsoluteUri}: publisher '{entry.Publisher}' is not a known country or body code; imported without it");
                await store.UpsertAsync(entry.XmlUrl.AbsoluteUri, string.IsNullOrWhiteSpace(entry.Title) ? entry.XmlUrl.AbsoluteUri : entry.Title, interval, "opml", known ? entry.Publisher : null, ct);
            }
            Console.WriteLine($"imported {entries.Count} feed(s) from {path.Name}");
            return 0;
        });
        return command;
    }

    private static Command CreateAdd()
    {
        // A string, checked here: System.CommandLine has no Uri parser and failed every URL with a stack trace.
        var url = new Argument<string>("url") { Description = "The feed's http(s) URL." };
        var name = new Option<string?>("--name") { Description = "A display name (default: the URL)." };
        var interval = new Option<TimeSpan?>("--interval") { Description = "Poll interval, e.g. 00:10:00 (default: Feeds:DefaultPollInterval)." };
        var publisher = new Option<string?>("--publisher") { Description = "The government or body publishing the feed (a country or body code such as US, GB, NATO): the donor of aid its articles announce in the first person." };
        var command = new Command("add", "Add one feed.") { url, name, interval, publisher };
        command.SetAction(async (parseResult, ct) =>
        {
            var text = parseResult.GetValue(url)!;
            if (!Uri.TryCreate(text, UriKind.Absolute, out var u) || u.Scheme is not ("http" or "https"))
            {
                Console.Error.WriteLine($"error: '{text}' is not an http or https URL");
                return 2;
            }
            if (parseResult.GetValue(publisher) is { } code && !PublisherResolver.IsKnownCode(code))
            {
                Console.Error.WriteLine($"error: --publisher '{code}' is not a known country or body code");
                return 2;
            }
            using var host = await VerbHost.StartAsync(parseResult, ct);
            var fallback = host.Services.GetRequiredService<IOptions<FeedOptions>>().Value.DefaultPollInterval;
            var id = await host.Services.GetRequiredService<FeedStore>().UpsertAsync(u.AbsoluteUri, parseResult.GetValue(name) ?? u.AbsoluteUri,
                parseResult.GetValue(interval) ?? fallback, "cli", parseResult.GetValue(publisher), ct);
            Console.WriteLine($"feed {id}: {u.AbsoluteUri}");
            return 0;
        });
        return command;
    }
}

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NewsWatch.Entities.Tagging;
using NewsWatch.Events.Evaluation;
using NewsWatch.Events;
using NewsWatch.Hosting;
using NewsWatch.Pipeline;
using NewsWatch.Storage;

namespace NewsWatch.Cli;

/// <summary>
/// <c>newswatch bench events --dir tests/NewsWatch.Tests/Fixtures/Events/holdout</c>: runs the events stage
/// on a folder of fixture articles (in publication order, on a fresh temporary database), with the entity
/// tagger's mentions (or the fixtures' gold ones), and prints event-level precision and recall against
/// the events the fixtures expect.
/// </summary>
public static class BenchEventsCommand
{
    public static Command Create()
    {
        var dir = new Option<DirectoryInfo>("--dir") { Description = "Folder of fixture articles (*.json).", Required = true };
        var gold = new Option<bool>("--gold-mentions") { Description = "Use the fixtures' gold entity mentions instead of the tagger's, to score the events stage alone." };
        var keep = new Option<FileInfo?>("--database") { Description = "Write the events to this new SQLite file and keep it for inspection (default: a temporary file, deleted)." };
        var command = new Command("events", "Event-level precision and recall of aid-event detection and merging on fixture articles.");
        command.Options.Add(dir);
        command.Options.Add(gold);
        command.Options.Add(keep);
        command.SetAction(async (ParseResult pr, CancellationToken ct) =>
        {
            var useGold = pr.GetValue(gold);
            var fixtures = EventFixture.LoadAll(pr.GetValue(dir)!.FullName);
            var kept = pr.GetValue(keep)?.FullName;
            if (kept is not null && File.Exists(kept))
            {
                Console.Error.WriteLine($"{kept} exists; give a new file.");
                return 2;
            }
            var temp = Path.Combine(Path.GetTempPath(), "newswatch-bench-events-" + Guid.NewGuid().ToString("N"));
            try
            {
                var builder = NewsWatchHost.CreateBuilder([$"--{StorageOptions.Section}:Path={kept ?? Path.Combine(temp, "bench.db")}"], daemon: false);
                using var host = builder.Build();
                await host.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(ct).ConfigureAwait(false);
                var processor = host.Services.GetRequiredService<AidEventProcessor>();
                var tagger = host.Services.GetRequiredService<EntityTagger>();
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < fixtures.Count; i++)
                {
                    var f = fixtures[i];
                    var article = new ArticleForEvents(i + 1, f.Url, f.Title, f.Text, f.Published);
                    var mentions = useGold ? f.GoldMentions : tagger.Tag(f.Text, DateOnly.FromDateTime(f.Published.UtcDateTime));
                    await processor.ProcessArticleAsync(article, mentions, ct).ConfigureAwait(false);
                }
                var seconds = watch.Elapsed.TotalSeconds;
                var (stored, sources) = await host.Services.GetRequiredService<EventStore>().ListForScoringAsync(ct).ConfigureAwait(false);
                var report = EventBenchReport.Score(fixtures, stored, sources);
                Console.Write(report.Format($"{pr.GetValue(dir)!.Name} ({fixtures.Count} articles, {(useGold ? "gold mentions" : "tagger mentions")})"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {fixtures.Count / Math.Max(seconds, 1e-9):F0} articles/s (first includes model load)"));
                return 0;
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
            }
        });
        return command;
    }
}

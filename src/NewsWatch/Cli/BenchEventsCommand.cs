using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NewsWatch.Events.Evaluation;
using NewsWatch.Events;
using NewsWatch.Pipeline;
using NewsWatch.Storage;

namespace NewsWatch.Cli;

/// <summary>
/// <c>newswatch bench events --dir tests/NewsWatch.Tests/Fixtures/Events/holdout</c>, or on the labelled real
/// text, <c>--wh-ukraine ../shared/corpus/wh-ukraine/documents.jsonl.gz --labels models/training/wh-ukraine --split dev</c>:
/// runs the events stage on the articles (in publication order, on a fresh temporary database), with the entity
/// tagger's mentions (or the fixtures' gold ones), and prints event-level precision and recall against
/// the events they report, by kind of document for the real text. Floors make it a CI gate.
/// </summary>
public static class BenchEventsCommand
{
    public static Command Create()
    {
        var dir = new Option<DirectoryInfo?>("--dir") { Description = "Folder of fixture articles (*.json)." };
        var corpus = new Option<FileInfo?>("--wh-ukraine") { Description = "The wh-ukraine documents.jsonl.gz, to score the labelled real text instead of a fixture folder." };
        var labels = new Option<DirectoryInfo?>("--labels") { Description = "The folder of the real-text labels (sentences.tsv, documents.jsonl)." };
        var split = new Option<string>("--split") { Description = "dev, dev2, dev3, test2 or test9 (test splits are for the final measurement only; test4-test8 are scored by bench events-heldout, with models trained without their periods).", DefaultValueFactory = _ => RealTextCorpus.Dev };
        var floorP = new Option<double?>("--floor-precision") { Description = "Exit 1 when event precision is below this." };
        var floorR = new Option<double?>("--floor-recall") { Description = "Exit 1 when event recall is below this." };
        var gold = new Option<bool>("--gold-mentions") { Description = "Use the fixtures' gold entity mentions instead of the tagger's, to score the events stage alone." };
        var keep = new Option<FileInfo?>("--database") { Description = "Write the events to this new SQLite file and keep it for inspection (default: a temporary file, deleted)." };
        var sets = new Option<string[]>("--set")
        {
            Description = "A fixture folder with its floors, FOLDER:PRECISION:RECALL (repeatable): each is scored on a fresh database, "
                + "in one process, and the run fails when any is under a floor.",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("events", "Event-level precision and recall of aid-event detection and merging on fixture articles.");
        command.Options.Add(dir);
        command.Options.Add(corpus);
        command.Options.Add(labels);
        command.Options.Add(split);
        command.Options.Add(floorP);
        command.Options.Add(floorR);
        command.Options.Add(gold);
        command.Options.Add(keep);
        command.Options.Add(sets);
        command.SetAction(async (ParseResult pr, CancellationToken ct) =>
        {
            var useGold = pr.GetValue(gold);
            IReadOnlyList<EventFixture> fixtures;
            string name;
            if (pr.GetValue(sets) is { Length: > 0 } gated)
                return await RunSetsAsync(pr, gated, useGold, ct).ConfigureAwait(false);
            if (pr.GetValue(corpus) is { } corpusFile)
            {
                if (pr.GetValue(labels) is not { } labelDir || useGold)
                {
                    Console.Error.WriteLine("--wh-ukraine needs --labels, and the real text has no gold mentions.");
                    return 2;
                }
                var splitName = pr.GetValue(split)!;
                if (!RealTextCorpus.AllSplits.Contains(splitName))
                {
                    Console.Error.WriteLine($"--split must be one of {string.Join(", ", RealTextCorpus.AllSplits)}.");
                    return 2;
                }
                fixtures = RealTextCorpus.Load(corpusFile.FullName, labelDir.FullName).Fixtures(splitName);
                name = $"wh-ukraine {splitName}";
            }
            else if (pr.GetValue(dir) is { } folder)
            {
                fixtures = EventFixture.LoadAll(folder.FullName);
                name = folder.Name;
            }
            else
            {
                Console.Error.WriteLine("Give --dir, or --wh-ukraine with --labels.");
                return 2;
            }
            var kept = pr.GetValue(keep)?.FullName;
            if (kept is not null && File.Exists(kept))
            {
                Console.Error.WriteLine($"{kept} exists; give a new file.");
                return 2;
            }
            var temp = NewScratchFolder();
            try
            {
                // Its own database whatever --db says: a benchmark never writes into the daemon's.
                using var host = VerbHost.Build(pr, $"--{StorageOptions.Section}:Path={kept ?? Path.Combine(temp, "bench.db")}");
                await host.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(ct).ConfigureAwait(false);
                var processor = host.Services.GetRequiredService<AidEventProcessor>();
                var watch = Stopwatch.StartNew();
                var report = await EventBenchRunner.RunAsync(fixtures, host.Services, _ => processor, useGold, ct).ConfigureAwait(false);
                var seconds = watch.Elapsed.TotalSeconds;
                Console.Write(report.Format(Heading(name, fixtures.Count, useGold)));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {fixtures.Count / Math.Max(seconds, 1e-9):F0} articles/s (first includes model load)"));
                return EventBenchRunner.CheckFloors(report, pr.GetValue(floorP), pr.GetValue(floorR));
            }
            finally
            {
                DropScratchFolder(temp);
            }
        });
        return command;
    }

    /// <summary>
    /// Scores each fixture set on a fresh database in one process (models load once), prints each set's report head, and
    /// returns 1 when any set is under its floors.
    /// </summary>
    private static async Task<int> RunSetsAsync(ParseResult pr, string[] gated, bool useGold, CancellationToken ct)
    {
        var parsed = new List<(string Folder, double Precision, double Recall)>();
        foreach (var spec in gated)
        {
            var parts = spec.Split(':');
            if (parts.Length != 3 || !double.TryParse(parts[1], CultureInfo.InvariantCulture, out var p) || !double.TryParse(parts[2], CultureInfo.InvariantCulture, out var r))
            {
                Console.Error.WriteLine($"--set {spec}: give FOLDER:PRECISION:RECALL.");
                return 2;
            }
            parsed.Add((parts[0], p, r));
        }
        var temp = NewScratchFolder();
        var database = Path.Combine(temp, "bench.db");
        var failed = 0;
        try
        {
            using var host = VerbHost.Build(pr, $"--{StorageOptions.Section}:Path={database}");
            var processor = host.Services.GetRequiredService<AidEventProcessor>();
            var migrator = host.Services.GetRequiredService<SchemaMigrator>();
            foreach (var (folder, floorPrecision, floorRecall) in parsed)
            {
                // A fresh database per set: merging across articles is part of what each set measures.
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var file in Directory.Exists(temp) ? Directory.GetFiles(temp) : []) File.Delete(file);
                await migrator.MigrateAsync(ct).ConfigureAwait(false);
                var fixtures = EventFixture.LoadAll(folder);
                var report = await EventBenchRunner.RunAsync(fixtures, host.Services, _ => processor, useGold, ct).ConfigureAwait(false);
                var text = report.Format(Heading(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), fixtures.Count, useGold));
                Console.Write(string.Join('\n', text.Split('\n').Take(4)) + "\n");
                if (EventBenchRunner.CheckFloors(report, floorPrecision, floorRecall) != 0)
                {
                    Console.Write(text);
                    failed++;
                }
            }
        }
        finally
        {
            DropScratchFolder(temp);
        }
        if (failed > 0) Console.Error.WriteLine($"{failed} of {parsed.Count} sets under their floors");
        return failed > 0 ? 1 : 0;
    }

    private static string Heading(string name, int articles, bool goldMentions) =>
        $"{name} ({articles} articles, {(goldMentions ? "gold mentions" : "tagger mentions")})";

    /// <summary>A folder of its own for the benchmark's database: a benchmark never writes into the daemon's.</summary>
    private static string NewScratchFolder() => Path.Combine(Path.GetTempPath(), "newswatch-bench-events-" + Guid.NewGuid().ToString("N"));

    private static void DropScratchFolder(string folder)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}

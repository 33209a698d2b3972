using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NewsWatch.Events;
using NewsWatch.Events.Evaluation;
using NewsWatch.Pipeline;
using NewsWatch.Storage;

namespace NewsWatch.Cli;

/// <summary>
/// <c>newswatch bench events-heldout --split test4 --data ... --wh-ukraine ... --labels ... --gmb ... --gmb-labels ...</c>:
/// the events benchmark on a test split that lies inside the training period. The sentence classifier and the role
/// model are trained as the shipped ones are, less every wh-ukraine document published in the split's period (from
/// <see cref="EventBenchReport.DateSlackDays"/> days before its first document to as many after its last, so no report
/// of one of its announcements is learnt from), or for a split scattered over the training period less its documents
/// and those of their days and the day before, and the split's documents are read with them.
/// </summary>
public static class BenchEventsHeldOutCommand
{
    public static Command Create()
    {
        var shared = new HeldOutBenchOptions();
        var split = new Option<string>("--split") { Description = "The test split to score.", DefaultValueFactory = _ => RealTextCorpus.Test4 };
        var command = new Command("events-heldout", "Event-level precision and recall on a test split, read by models trained without any document of its period.");
        shared.AddTo(command);
        command.Options.Add(split);
        command.SetAction(async (ParseResult pr, CancellationToken ct) =>
        {
            var splitName = pr.GetValue(split)!;
            if (!RealTextCorpus.AllSplits.Contains(splitName) || RealTextCorpus.TrainingSplits.Contains(splitName))
            {
                Console.Error.WriteLine($"--split must be a test split: {string.Join(", ", RealTextCorpus.AllSplits.Except(RealTextCorpus.TrainingSplits))}.");
                return 2;
            }
            var (real, written, news, newsRoles) = shared.Load(pr);
            var fixtures = real.Fixtures(splitName);
            var (first, last) = real.Period(splitName);
            first = first.AddDays(-EventBenchReport.DateSlackDays);
            last = last.AddDays(EventBenchReport.DateSlackDays);
            // A split scattered over the training period leaves out its documents and every document of their days and the
            // day before (when what a briefing reports was announced); a window leaves out its whole period.
            var scattered = RealTextCorpus.ScatteredSplits.Contains(splitName);
            var days = fixtures.Select(f => real.DateOf(f.Id)).ToHashSet();
            bool InPeriod(string doc) => real.DateOf(doc) is var d && (scattered ? days.Contains(d) || days.Contains(d.AddDays(1)) : d >= first && d <= last);
            var excluded = scattered ? $"its documents' days and the day before each" : string.Create(CultureInfo.InvariantCulture, $"{first:yyyy-MM-dd}..{last:yyyy-MM-dd}");
            var temp = Path.Combine(Path.GetTempPath(), "newswatch-events-heldout-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(temp);
            try
            {
                var database = $"--{StorageOptions.Section}:Path={Path.Combine(temp, "heldout.db")}";
                using var main = VerbHost.Build(pr, database);
                await main.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(ct).ConfigureAwait(false);
                var models = new HeldOutEventModels(pr, main, database, temp, real, written, news, newsRoles, shared.Fixtures(pr));
                var (host, trainingSentences) = models.Build(splitName, InPeriod);
                using (host)
                {
                    var processor = host.Services.GetRequiredService<AidEventProcessor>();
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{trainingSentences} training sentences, none from a document of {excluded}"));
                    var report = await EventBenchRunner.RunAsync(fixtures, main.Services, _ => processor, goldMentions: false, ct).ConfigureAwait(false);
                    Console.Write(report.Format(string.Create(CultureInfo.InvariantCulture,
                        $"wh-ukraine {splitName} ({fixtures.Count} articles, tagger mentions; models trained without {excluded})")));
                    // The sentence classifier on the split's labelled sentences, read by the same held-out model.
                    var sentences = ClassifierReport.Evaluate(host.Services.GetRequiredService<AidSentenceClassifier>(), real.Sentences(splitName));
                    Console.WriteLine($"\nSentences of {splitName}, held-out classifier ({sentences.Count}):");
                    Console.Write(sentences.ToMarkdown());
                    return shared.CheckFloors(pr, report);
                }
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(temp, recursive: true);
            }
        });
        return command;
    }
}

using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NewsWatch.Events;
using NewsWatch.Events.Evaluation;
using NewsWatch.Pipeline;
using NewsWatch.Storage;

namespace NewsWatch.Cli;

/// <summary>
/// <c>newswatch bench events-cv --data models/training/aid_sentences.tsv --wh-ukraine ... --labels models/training/wh-ukraine
/// --gmb ... --gmb-labels models/training/gmb-aid/labels</c>: the events benchmark on the training splits (dev and dev2)
/// with every document read by models that never saw it. The documents fall into folds by a stable hash of their id;
/// for each fold the sentence classifier and the role model are trained as <c>train-events</c> and <c>train-roles</c>
/// train them, less that fold's documents; then every document, in publication order on one database, goes through
/// the events stage with its fold's models. The honest event-level figure to tune on, since the shipped models were
/// trained on these documents and the test splits are scored once.
/// </summary>
public static class BenchEventsCvCommand
{
    public static Command Create()
    {
        var shared = new HeldOutBenchOptions();
        var folds = new Option<int>("--folds") { Description = "Number of folds.", DefaultValueFactory = _ => 5 };
        var command = new Command("events-cv", "Event-level precision and recall on the labelled training documents, each read by models trained without its fold.");
        shared.AddTo(command);
        command.Options.Add(folds);
        command.SetAction(async (ParseResult pr, CancellationToken ct) =>
        {
            var k = pr.GetValue(folds);
            if (k < 2)
            {
                Console.Error.WriteLine("--folds must be at least 2.");
                return 2;
            }
            var (real, written, news, newsRoles) = shared.Load(pr);
            var fixtures = real.Fixtures(RealTextCorpus.TrainingSplits);
            int FoldOf(string doc) => (int)(AidSentenceDataset.Hash(doc) % (uint)k);
            var temp = Path.Combine(Path.GetTempPath(), "newswatch-events-cv-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(temp);
            var hosts = new List<Microsoft.Extensions.Hosting.IHost>();
            try
            {
                var database = $"--{StorageOptions.Section}:Path={Path.Combine(temp, "cv.db")}";
                using var main = VerbHost.Build(pr, database);
                await main.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(ct).ConfigureAwait(false);
                var models = new HeldOutEventModels(pr, main, database, temp, real, written, news, newsRoles, shared.Fixtures(pr));
                var processors = new AidEventProcessor[k];
                for (var fold = 0; fold < k; fold++)
                {
                    var f = fold;
                    var (host, trainingSentences) = models.Build($"fold{fold}", doc => FoldOf(doc) == f);
                    hosts.Add(host);
                    processors[fold] = host.Services.GetRequiredService<AidEventProcessor>();
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fold {fold + 1}/{k}: {trainingSentences} training sentences, {fixtures.Count(x => FoldOf(x.Id) == f)} documents"));
                }
                var report = await EventBenchRunner.RunAsync(fixtures, main.Services, i => processors[FoldOf(fixtures[i].Id)], goldMentions: false, ct).ConfigureAwait(false);
                Console.Write(report.Format($"wh-ukraine {string.Join("+", RealTextCorpus.TrainingSplits)}, {k}-fold by document ({fixtures.Count} articles, tagger mentions)"));
                // Why each announcement was missed, as its fold's classifier read the sentences that state it.
                var ci = CultureInfo.InvariantCulture;
                var classifiers = hosts.Select(h => h.Services.GetRequiredService<AidSentenceClassifier>()).ToList();
                // The document whose sentences are the evidence (an announcement's key names the first document reporting it).
                var documentOf = fixtures.SelectMany(x => x.Expected.Select(e => (Event: e, x.Id)))
                    .ToDictionary(p => (object)p.Event, p => p.Id, ReferenceEqualityComparer.Instance);
                foreach (var (e, line) in report.MissedEvents.Zip(report.Missed))
                {
                    Console.WriteLine($"  why missed: {line}");
                    var classifier = classifiers[FoldOf(documentOf[e])];
                    foreach (var sentence in e.Evidence)
                    {
                        var p = classifier.Classify(sentence);
                        Console.WriteLine(string.Create(ci, $"    {p.Label} {p.Probability:F2} (event {p.EventProbability:F2}): {string.Join(' ', sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))}"));
                    }
                }
                return shared.CheckFloors(pr, report);
            }
            finally
            {
                foreach (var host in hosts) host.Dispose();
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(temp, recursive: true);
            }
        });
        return command;
    }
}

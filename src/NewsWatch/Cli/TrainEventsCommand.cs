using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsWatch.Events;
using NewsWatch.Events.Evaluation;

namespace NewsWatch.Cli;

/// <summary>
/// <c>newswatch train-events --data models/training/aid_sentences.tsv --wh-ukraine ../shared/corpus/wh-ukraine/documents.jsonl.gz
/// --labels models/training/wh-ukraine --out models/aid_sentences.zip</c>: trains the aid-sentence classifier on
/// the written sentences and the real dev and dev2 sentences (each less a stable hash-split held-out part), scores
/// it on the held-out parts, then trains the shipped model on every sentence.
/// <c>--score-test</c> also scores the real test split test2: once, at the end (test4, inside the training period, is scored by <c>bench events-heldout</c>).
/// </summary>
public static class TrainEventsCommand
{
    public const int DefaultWrittenRepeats = 2;
    public const int DefaultNewsRepeats = 1;

    public static Command Create()
    {
        var data = new Option<FileInfo>("--data") { Description = "Labelled sentences: TSV with a header and columns label, sentence.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model (.zip).", Required = true };
        var corpus = new Option<FileInfo?>("--wh-ukraine") { Description = "The wh-ukraine documents.jsonl.gz: adds its labelled dev-split sentences." };
        var labels = new Option<DirectoryInfo?>("--labels") { Description = "The folder of the real-text labels (sentences.tsv)." };
        var gmb = new Option<FileInfo?>("--gmb") { Description = "GMB's ner_dataset.csv.gz: adds the labelled GMB aid sentences (news prose)." };
        var gmbLabels = new Option<DirectoryInfo?>("--gmb-labels") { Description = "The folder of the GMB aid labels (*.jsonl)." };
        var scoreTest = new Option<bool>("--score-test") { Description = "Also score the real test split test2 (the final measurement; do not tune on it)." };
        var writtenRepeats = new Option<int>("--written-repeats")
        {
            Description = "How many times the written (news-style) sentences are repeated in training, so the many plain government sentences do not drown them.",
            DefaultValueFactory = _ => DefaultWrittenRepeats,
        };
        var newsRepeats = new Option<int>("--news-repeats")
        {
            Description = "How many times the GMB news sentences are repeated in training (0: scored only, to compare with and without them).",
            DefaultValueFactory = _ => DefaultNewsRepeats,
        };
        var seed = new Option<int>("--seed") { Description = "Random seed for the trainer.", DefaultValueFactory = _ => AidSentenceTrainer.DefaultSeed };
        var command = new Command("train-events", "Train the aid-sentence classifier (pledge, delivery, appeal, cut, past_mention, none) and print its held-out scores.");
        command.Options.Add(data);
        command.Options.Add(output);
        command.Options.Add(seed);
        command.Options.Add(corpus);
        command.Options.Add(labels);
        command.Options.Add(scoreTest);
        command.Options.Add(writtenRepeats);
        command.Options.Add(gmb);
        command.Options.Add(gmbLabels);
        command.Options.Add(newsRepeats);
        var fixtureOptions = new FixtureTrainingOptions();
        fixtureOptions.AddTo(command);
        command.SetAction((ParseResult pr, CancellationToken ct) =>
        {
            var written = AidSentenceDataset.Load(pr.GetValue(data)!.FullName);
            var real = pr.GetValue(corpus) is { } c && pr.GetValue(labels) is { } l ? RealTextCorpus.Load(c.FullName, l.FullName) : null;
            var realDev = real?.Sentences(RealTextCorpus.TrainingSplits) ?? [];
            var news = pr.GetValue(gmb) is { } g && pr.GetValue(gmbLabels) is { } gl ? GmbAidSentences.Load(g.FullName, gl.FullName).Sentences : [];
            var (fixtures, fixtureRepeats) = fixtureOptions.Load(pr);
            var repeats = pr.GetValue(writtenRepeats);
            // Real and fixture sentences are held out by document, so a held-out sentence never shares one with the training part.
            var train = AidTrainingSet.Compose(written, realDev, news, repeats, pr.GetValue(newsRepeats), fixtures, fixtureRepeats).Where(s => !s.IsHeldOut).ToList();
            var heldOut = written.Where(s => s.IsHeldOut).ToList();
            var realHeldOut = realDev.Where(s => s.IsHeldOut).ToList();
            var newsHeldOut = news.Where(s => s.IsHeldOut).ToList();
            var fixturesHeldOut = fixtures.Where(s => s.IsHeldOut).ToList();
            var watch = Stopwatch.StartNew();
            var (ml, model, schema) = AidSentenceTrainer.Train(train, pr.GetValue(seed));
            var trainSeconds = watch.Elapsed.TotalSeconds;
            var path = pr.GetValue(output)!.FullName;
            AidSentenceTrainer.Save(ml, model, schema, path);
            var classifier = AidSentenceClassifier.Load(path);
            var report = ClassifierReport.Evaluate(classifier, heldOut);
            var realReport = realHeldOut.Count > 0 ? ClassifierReport.Evaluate(classifier, realHeldOut) : null;
            var newsReport = newsHeldOut.Count > 0 ? ClassifierReport.Evaluate(classifier, newsHeldOut) : null;
            var fixturesReport = fixturesHeldOut.Count > 0 ? ClassifierReport.Evaluate(classifier, fixturesHeldOut) : null;
            var testReport = real is not null && pr.GetValue(scoreTest) ? ClassifierReport.Evaluate(classifier, real.Sentences(RealTextCorpus.Test2)) : null;
            watch.Restart();
            const int Rounds = 20;
            for (var r = 0; r < Rounds; r++)
                foreach (var s in heldOut) classifier.Classify(s.Text);
            var perSecond = Rounds * heldOut.Count / watch.Elapsed.TotalSeconds;
            var ci = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(ci, $"Sentences: {written.Count + realDev.Count + news.Count + fixtures.Count} ({written.Count} written, {realDev.Count} real dev, {news.Count} GMB news, {fixtures.Count} fixture; {train.Count} train rows, {heldOut.Count + realHeldOut.Count + newsHeldOut.Count + fixturesHeldOut.Count} held out). Trained in {trainSeconds:F1} s. Model: {path}"));
            Console.WriteLine(string.Create(ci, $"Inference: {perSecond:F0} sentences/s on one thread (pooled prediction engine)."));
            void Print(string title, ClassifierReport? scores)
            {
                if (scores is null) return;
                Console.WriteLine();
                Console.WriteLine(string.Create(ci, $"{title} ({scores.Count}):"));
                Console.Write(scores.ToMarkdown());
            }
            Print("Written sentences, held out", report);
            Print("Real dev sentences, held out by document", realReport);
            Print("GMB news sentences, held out by story", newsReport);
            Print("Fixture sentences, held out by document", fixturesReport);
            Print("Real test split test2", testReport);
            // The held-out parts have been scored; the shipped model learns from every sentence, as the cross-validated
            // events benchmark (bench events-cv) measures the procedure on documents its fold models never saw.
            var all = AidTrainingSet.Compose(written, realDev, news, repeats, pr.GetValue(newsRepeats), fixtures, fixtureRepeats);
            watch.Restart();
            (ml, model, schema) = AidSentenceTrainer.Train(all, pr.GetValue(seed));
            AidSentenceTrainer.Save(ml, model, schema, path);
            Console.WriteLine();
            Console.WriteLine(string.Create(ci, $"Shipped model trained on all {all.Count} rows in {watch.Elapsed.TotalSeconds:F1} s: {path}"));
            return Task.FromResult(0);
        });
        return command;
    }
}

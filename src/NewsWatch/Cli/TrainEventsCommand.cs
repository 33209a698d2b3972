using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsWatch.Events;

namespace NewsWatch.Cli;

/// <summary>
/// <c>newswatch train-events --data models/training/aid_sentences.tsv --out models/aid_sentences.zip</c>:
/// trains the aid-sentence classifier on the training part of the set, scores it on the held-out part
/// (a stable hash split, never trained on) and saves the model that was scored.
/// </summary>
public static class TrainEventsCommand
{
    public static Command Create()
    {
        var data = new Option<FileInfo>("--data") { Description = "Labelled sentences: TSV with a header and columns label, sentence.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model (.zip).", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed for the trainer.", DefaultValueFactory = _ => AidSentenceTrainer.DefaultSeed };
        var command = new Command("train-events", "Train the aid-sentence classifier (pledge, delivery, appeal, cut, past_mention, none) and print its held-out scores.");
        command.Options.Add(data);
        command.Options.Add(output);
        command.Options.Add(seed);
        command.SetAction((ParseResult pr, CancellationToken ct) =>
        {
            var all = AidSentenceDataset.Load(pr.GetValue(data)!.FullName);
            var train = all.Where(s => !AidSentenceDataset.IsHeldOut(s.Text)).ToList();
            var heldOut = all.Where(s => AidSentenceDataset.IsHeldOut(s.Text)).ToList();
            var watch = Stopwatch.StartNew();
            var (ml, model, schema) = AidSentenceTrainer.Train(train, pr.GetValue(seed));
            var trainSeconds = watch.Elapsed.TotalSeconds;
            var path = pr.GetValue(output)!.FullName;
            AidSentenceTrainer.Save(ml, model, schema, path);
            var classifier = AidSentenceClassifier.Load(path);
            var report = ClassifierReport.Evaluate(classifier, heldOut);
            watch.Restart();
            const int Rounds = 20;
            for (var r = 0; r < Rounds; r++)
                foreach (var s in heldOut) classifier.Classify(s.Text);
            var perSecond = Rounds * heldOut.Count / watch.Elapsed.TotalSeconds;
            var ci = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(ci, $"Sentences: {all.Count} ({train.Count} train, {heldOut.Count} held out). Trained in {trainSeconds:F1} s. Model: {path}"));
            Console.WriteLine(string.Create(ci, $"Inference: {perSecond:F0} sentences/s on one thread (pooled prediction engine)."));
            Console.WriteLine();
            Console.Write(report.ToMarkdown());
            return Task.FromResult(0);
        });
        return command;
    }
}

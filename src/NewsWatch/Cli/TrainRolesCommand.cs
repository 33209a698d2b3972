using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NewsWatch.Entities.Tagging;
using NewsWatch.Entities.People;
using NewsWatch.Events;
using NewsWatch.Events.Evaluation;

namespace NewsWatch.Cli;

/// <summary>
/// <c>newswatch train-roles --wh-ukraine ../shared/corpus/wh-ukraine/documents.jsonl.gz --labels models/training/wh-ukraine
/// --gmb ../shared/corpus/gmb/ner_dataset.csv.gz --gmb-labels models/training/gmb-aid/labels --out models/party_roles.zip</c>:
/// trains the party-role model on the real dev and dev2 and GMB aid sentences with their donor and recipient, scores it
/// and the hand-written rules on the held-out documents (a stable hash of the document id), and saves the model
/// trained on all of them.
/// </summary>
public static class TrainRolesCommand
{
    public static Command Create()
    {
        var corpus = new Option<FileInfo>("--wh-ukraine") { Description = "The wh-ukraine documents.jsonl.gz.", Required = true };
        var labels = new Option<DirectoryInfo>("--labels") { Description = "The folder of the real-text labels (sentences.tsv).", Required = true };
        var gmb = new Option<FileInfo?>("--gmb") { Description = "GMB's ner_dataset.csv.gz, for the labelled GMB aid sentences." };
        var gmbLabels = new Option<DirectoryInfo?>("--gmb-labels") { Description = "The folder of the GMB aid labels (*.jsonl)." };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model (.zip).", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed for the trainer.", DefaultValueFactory = _ => AidSentenceTrainer.DefaultSeed };
        var command = new Command("train-roles", "Train the party-role model (who gives, who receives) and print its held-out scores beside the rules'.");
        foreach (var o in new Option[] { corpus, labels, gmb, gmbLabels, output, seed }) command.Options.Add(o);
        command.SetAction((ParseResult pr, CancellationToken ct) =>
        {
            var sentences = RealTextCorpus.Load(pr.GetValue(corpus)!.FullName, pr.GetValue(labels)!.FullName).RoleSentences(RealTextCorpus.TrainingSplits).ToList();
            if (pr.GetValue(gmb) is { } g && pr.GetValue(gmbLabels) is { } gl) sentences.AddRange(GmbAidSentences.Load(g.FullName, gl.FullName).Roles);
            using var host = EntityVerbHost.Build(pr);
            var tagger = host.Services.GetRequiredService<EntityTagger>();
            var parties = new SentenceParties(host.Services.GetService<OfficeHolders>() ?? OfficeHolders.Shared);
            var tagged = PartyRoleDataset.Tag(sentences, (text, on) => tagger.Tag(text, on), parties);
            var train = tagged.Where(s => !AidSentenceDataset.IsHeldOut(s.Sentence.Group)).ToList();
            var heldOut = tagged.Where(s => AidSentenceDataset.IsHeldOut(s.Sentence.Group)).ToList();
            var ci = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(ci, $"Role sentences: {tagged.Count} ({train.Count} train, {heldOut.Count} held out; {tagged.Sum(s => s.Parties.Count)} candidate parties)."));
            Console.WriteLine($"Rules, held out:   {PartyRoleDataset.Score(heldOut, PartyRoles.Assign)}");
            // Five folds by document: the model at each regularisation against the rules (which learn nothing, so
            // their score over the folds is their score over every sentence), so the choice rests on every sentence.
            var rules = PartyRoleDataset.Score(tagged, PartyRoles.Assign);
            foreach (var l2 in new[] { 0.03f, 0.1f, 0.3f, 1f, 3f })
            {
                var total = new RoleScore(0, 0, 0, 0);
                for (var fold = 0; fold < 5; fold++)
                {
                    var inFold = tagged.Where(s => AidSentenceDataset.Bucket(s.Sentence.Group) / 2 == fold).ToList();
                    var (fm, fmodel, _) = PartyRoleTrainer.Train(tagged.Except(inFold).SelectMany(PartyRoleDataset.Rows), pr.GetValue(seed), l2);
                    total += PartyRoleDataset.Score(inFold, new PartyRoleRanker(fm, fmodel).Assign);
                }
                Console.WriteLine(string.Create(ci, $"5-fold, L2 {l2}: model {total} | rules {rules}"));
            }
            var path = pr.GetValue(output)!.FullName;
            var (ml, model, schema) = PartyRoleTrainer.Train(train.SelectMany(PartyRoleDataset.Rows), pr.GetValue(seed));
            Console.WriteLine($"Model, held out:   {PartyRoleDataset.Score(heldOut, new PartyRoleRanker(ml, model).Assign)}");
            var watch = Stopwatch.StartNew();
            (ml, model, schema) = PartyRoleTrainer.Train(tagged.SelectMany(PartyRoleDataset.Rows), pr.GetValue(seed));
            AidSentenceTrainer.Save(ml, model, schema, path);
            Console.WriteLine(string.Create(ci, $"Trained on all {tagged.Count} sentences in {watch.Elapsed.TotalSeconds:F1} s. Model: {path}"));
            return Task.FromResult(0);
        });
        return command;
    }
}

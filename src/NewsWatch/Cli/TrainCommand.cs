using System.CommandLine;
using System.Globalization;
using NewsWatch.Entities.Countries;
using NewsWatch.Entities.Model;
using NewsWatch.Entities.People;
using NewsWatch.Entities.Training;
using NewsWatch.Entities;

namespace NewsWatch.Cli;

/// <summary>
/// <c>newswatch train --gmb PATH --out models/ner.zip [--seed 42]</c>: trains the entity model on
/// the GMB corpus (all but the held-out last 10%, minus the dev slice) and prints timings and dev scores.
/// </summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var gmb = new Option<FileInfo>("--gmb") { Description = "GMB ner_dataset.csv(.gz).", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model zip.", DefaultValueFactory = _ => new FileInfo("models/ner.zip") };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 42 };
        var hashBits = new Option<int>("--hash-bits") { Description = "log2 of the feature hash space.", DefaultValueFactory = _ => new NerTrainingOptions().HashBits };
        var l1 = new Option<float>("--l1") { Description = "L1 regularisation.", DefaultValueFactory = _ => new NerTrainingOptions().L1 };
        var l2 = new Option<float>("--l2") { Description = "L2 regularisation.", DefaultValueFactory = _ => new NerTrainingOptions().L2 };
        var iterations = new Option<int>("--iterations") { Description = "L-BFGS iteration cap.", DefaultValueFactory = _ => new NerTrainingOptions().MaxIterations };
        var unseenNames = new Option<int>("--unseen-names-every") { Description = "Also train on every Nth sentence naming a person with its names replaced by unseen ones (0: off).", DefaultValueFactory = _ => new NerTrainingOptions().UnseenNamesEvery };
        var clean = new Option<bool>("--clean-person-labels") { Description = "Relabel O the training PERSON spans that the non-person lists veto (cities, companies, weapons).", DefaultValueFactory = _ => new NerTrainingOptions().CleanPersonLabels };
        var featureVersion = new Option<int>("--feature-version") { Description = "Feature version (1: without the name-hint lists).", DefaultValueFactory = _ => new NerTrainingOptions().FeatureVersion };
        var clusters = new Option<FileInfo>("--clusters") { Description = "The word-class table of train-clusters (feature version 3 reads it and the model file keeps a copy)." }.AcceptExistingOnly();
        var limit = new Option<int?>("--limit") { Description = "Train on only the first N training sentences (quick trials)." };
        var command = new Command("train", "Train the ML.NET entity model (PERSON, COUNTRY, AMOUNT, DATE) on the GMB corpus.");
        command.Options.Add(gmb);
        command.Options.Add(output);
        command.Options.Add(seed);
        command.Options.Add(hashBits);
        command.Options.Add(l1);
        command.Options.Add(l2);
        command.Options.Add(iterations);
        command.Options.Add(limit);
        command.Options.Add(unseenNames);
        command.Options.Add(clean);
        command.Options.Add(featureVersion);
        command.Options.Add(clusters);
        command.SetAction(async (parseResult, ct) =>
        {
            var console = parseResult.InvocationConfiguration.Output;
            var options = new NerTrainingOptions
            {
                Seed = parseResult.GetValue(seed),
                HashBits = parseResult.GetValue(hashBits),
                L1 = parseResult.GetValue(l1),
                L2 = parseResult.GetValue(l2),
                MaxIterations = parseResult.GetValue(iterations),
                SentenceLimit = parseResult.GetValue(limit),
                UnseenNamesEvery = parseResult.GetValue(unseenNames),
                CleanPersonLabels = parseResult.GetValue(clean),
                FeatureVersion = parseResult.GetValue(featureVersion),
                Clusters = ReadClusters(parseResult.GetValue(clusters)),
            };
            if (options.FeatureVersion >= FeatureExtractor.ClusterVersion && options.Clusters is null)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"Feature version {options.FeatureVersion} reads word classes: give --clusters (made by train-clusters), or --feature-version 2.").ConfigureAwait(false);
                return 2;
            }

            var corpus = GmbReader.Read(parseResult.GetValue(gmb)!.FullName);
            await console.WriteLineAsync(Invariant($"GMB: {corpus.Sentences.Count} sentences ({corpus.SkippedRows} malformed rows skipped); train {corpus.DevStart}, dev {corpus.TestStart - corpus.DevStart}, held-out test {corpus.Sentences.Count - corpus.TestStart} (not used)")).ConfigureAwait(false);
            var trainer = new NerTrainer(new TokenLexicon(CountryGazetteer.Shared, FirstNameGazetteer.Shared), GmbLabelMapper.Shared, [.. FirstNameGazetteer.Shared.Names]);
            var path = parseResult.GetValue(output)!.FullName;
            var report = trainer.Train(corpus, options, path, line => parseResult.InvocationConfiguration.Error.WriteLine(line));
            await console.WriteLineAsync(Invariant($"tokens trained on: {report.TrainTokens}")).ConfigureAwait(false);
            await console.WriteLineAsync(Invariant($"labels + features: {report.LabelAndFeatureTime.TotalSeconds:F1} s; ML.NET fit: {report.TrainTime.TotalSeconds:F1} s; total: {report.TotalTime.TotalSeconds:F1} s")).ConfigureAwait(false);
            await console.WriteLineAsync(Invariant($"transition weight: {report.TransitionWeight} (dev micro-F1 {string.Join(", ", report.TransitionTrials.Select(t => $"{t.Weight}→{t.MicroF1:F4}"))})")).ConfigureAwait(false);
            await console.WriteLineAsync(Invariant($"non-zero weights: {report.NonZeroWeights}; model file: {path} ({report.ModelFileBytes / 1e6:F1} MB)")).ConfigureAwait(false);
            await console.WriteLineAsync("dev scores (model only):").ConfigureAwait(false);
            await console.WriteAsync(EntityScores.Table(("dev", report.Dev))).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static WordClusters? ReadClusters(FileInfo? file)
    {
        if (file is null)
        {
            return null;
        }

        using var reader = file.OpenText();
        return WordClusters.Read(reader);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

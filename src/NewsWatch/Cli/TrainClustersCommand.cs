using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using NewsWatch.Entities.Training;

namespace NewsWatch.Cli;

/// <summary>
/// <c>newswatch train-clusters --gmb PATH --text documents.jsonl.gz --out FILE</c>: learns the word classes the entity
/// model reads (<see cref="WordClusterTrainer"/>) from unlabelled text: the GMB sentences before its held-out slice and
/// the <c>text</c> of JSON-lines documents. Deterministic.
/// </summary>
public static class TrainClustersCommand
{
    public static Command Create()
    {
        var gmb = new Option<FileInfo>("--gmb") { Description = "GMB ner_dataset.csv(.gz); its held-out test slice is left out.", Required = true }.AcceptExistingOnly();
        var text = new Option<FileInfo[]>("--text") { Description = "JSON-lines documents (.gz allowed) whose 'text' field is read.", AllowMultipleArgumentsPerToken = true }.AcceptExistingOnly();
        var output = new Option<FileInfo>("--out") { Description = "Where to write the 'word<TAB>class' table.", Required = true };
        var classes = new Option<int>("--classes") { Description = "Number of classes.", DefaultValueFactory = _ => new WordClusterOptions().Classes };
        var minCount = new Option<int>("--min-count") { Description = "Words seen fewer times get no class.", DefaultValueFactory = _ => new WordClusterOptions().MinCount };
        var passes = new Option<int>("--passes") { Description = "At most this many exchange passes.", DefaultValueFactory = _ => new WordClusterOptions().MaxPasses };
        var command = new Command("train-clusters", "Learn word classes from unlabelled text (predictive exchange clustering) for the entity model's features.");
        command.Options.Add(gmb);
        command.Options.Add(text);
        command.Options.Add(output);
        command.Options.Add(classes);
        command.Options.Add(minCount);
        command.Options.Add(passes);
        command.SetAction(async (parseResult, ct) =>
        {
            var clock = Stopwatch.StartNew();
            var options = new WordClusterOptions
            {
                Classes = parseResult.GetValue(classes),
                MinCount = parseResult.GetValue(minCount),
                MaxPasses = parseResult.GetValue(passes),
            };
            var corpus = GmbReader.Read(parseResult.GetValue(gmb)!.FullName);
            var sentences = UnlabelledText.FromGmb(corpus);
            foreach (var file in parseResult.GetValue(text) ?? [])
            {
                sentences = sentences.Concat(UnlabelledText.FromJsonLines(file.FullName));
            }

            var error = parseResult.InvocationConfiguration.Error;
            var clusters = new WordClusterTrainer().Train(sentences, options, line => error.WriteLine(line));
            var path = parseResult.GetValue(output)!.FullName;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
            {
                clusters.Write(writer);
            }

            await parseResult.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{clusters.Count} words in {clusters.ClassCount} classes written to {path} in {clock.Elapsed.TotalSeconds:F1} s")).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}

using System.CommandLine;
using NewsWatch.Events;
using NewsWatch.Events.Evaluation;

namespace NewsWatch.Cli;

/// <summary>
/// The options <c>bench events-cv</c> and <c>bench events-heldout</c> share: the labelled data both train their models
/// from (as <c>train-events</c> and <c>train-roles</c> do) and the floors that make them gates.
/// </summary>
internal sealed class HeldOutBenchOptions
{
    private readonly Option<FileInfo> _data = new("--data") { Description = "The written sentences (models/training/aid_sentences.tsv).", Required = true };
    private readonly Option<FileInfo> _corpus = new("--wh-ukraine") { Description = "The wh-ukraine documents.jsonl.gz.", Required = true };
    private readonly Option<DirectoryInfo> _labels = new("--labels") { Description = "The folder of the real-text labels.", Required = true };
    private readonly Option<FileInfo?> _gmb = new("--gmb") { Description = "GMB's ner_dataset.csv.gz, for the labelled GMB aid sentences (always in training)." };
    private readonly Option<DirectoryInfo?> _gmbLabels = new("--gmb-labels") { Description = "The folder of the GMB aid labels (*.jsonl)." };
    private readonly FixtureTrainingOptions _fixtures = new();
    private readonly Option<double?> _floorP = new("--floor-precision") { Description = "Exit 1 when event precision is below this." };
    private readonly Option<double?> _floorR = new("--floor-recall") { Description = "Exit 1 when event recall is below this." };

    public void AddTo(Command command)
    {
        foreach (var o in new Option[] { _data, _corpus, _labels, _gmb, _gmbLabels, _floorP, _floorR }) command.Options.Add(o);
        _fixtures.AddTo(command);
    }

    /// <summary>The labelled real text, the written sentences, and the GMB news sentences with their roles (none without --gmb).</summary>
    public (RealTextCorpus Real, IReadOnlyList<LabelledSentence> Written, IReadOnlyList<LabelledSentence> News, IReadOnlyList<RoleSentence> NewsRoles) Load(ParseResult pr)
    {
        var real = RealTextCorpus.Load(pr.GetValue(_corpus)!.FullName, pr.GetValue(_labels)!.FullName);
        var written = AidSentenceDataset.Load(pr.GetValue(_data)!.FullName);
        var (news, newsRoles) = pr.GetValue(_gmb) is { } g && pr.GetValue(_gmbLabels) is { } gl
            ? GmbAidSentences.Load(g.FullName, gl.FullName)
            : ([], []);
        return (real, written, news, newsRoles);
    }

    /// <summary>The fixture sets' sentences and how often they repeat in training (none without --fixtures).</summary>
    public (IReadOnlyList<LabelledSentence> Sentences, int Repeats) Fixtures(ParseResult pr) => _fixtures.Load(pr);

    public int CheckFloors(ParseResult pr, EventBenchReport report) => EventBenchRunner.CheckFloors(report, pr.GetValue(_floorP), pr.GetValue(_floorR));
}

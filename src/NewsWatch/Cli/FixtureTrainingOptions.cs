using System.CommandLine;
using NewsWatch.Events;
using NewsWatch.Events.Evaluation;

namespace NewsWatch.Cli;

/// <summary>
/// The options that add the fixture sets' labelled sentences (<see cref="FixtureSentences"/>) to the aid classifier's
/// training, shared by <c>train-events</c>, <c>bench events-cv</c> and <c>bench events-heldout</c> so all three train alike.
/// </summary>
internal sealed class FixtureTrainingOptions
{
    public const int DefaultRepeats = 1;

    private readonly Option<DirectoryInfo?> _fixtures = new("--fixtures")
    {
        Description = "The folder of fixture sets (tests/NewsWatch.Tests/Fixtures/Events): adds their sentences, labelled from the gold events.",
    };

    private readonly Option<int> _repeats = new("--fixture-repeats")
    {
        Description = "How many times the fixture sentences are repeated in training.",
        DefaultValueFactory = _ => DefaultRepeats,
    };

    private readonly Option<int> _firstHeldOut = new("--fixtures-held-out-from")
    {
        Description = "The number of the first blind set kept out of training (holdoutN from it on only measure).",
        DefaultValueFactory = _ => FixtureSentences.DefaultFirstHeldOutSet,
    };

    private readonly Option<bool> _official = new("--fixture-official")
    {
        Description = "Also the official releases of the fixture sets (by default only their news articles: the official register is learnt from real government text).",
    };

    public void AddTo(Command command)
    {
        foreach (var o in new Option[] { _fixtures, _repeats, _firstHeldOut, _official }) command.Options.Add(o);
    }

    public (IReadOnlyList<LabelledSentence> Sentences, int Repeats) Load(ParseResult pr) =>
        pr.GetValue(_fixtures) is { } dir
            ? (FixtureSentences.Load(dir.FullName, pr.GetValue(_firstHeldOut), newsOnly: !pr.GetValue(_official)), pr.GetValue(_repeats))
            : ([], 0);
}

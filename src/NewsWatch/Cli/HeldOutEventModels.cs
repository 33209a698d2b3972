using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsWatch.Entities.People;
using NewsWatch.Entities.Tagging;
using NewsWatch.Events;
using NewsWatch.Events.Evaluation;

namespace NewsWatch.Cli;

/// <summary>
/// Trains the sentence classifier and the role model as <c>train-events</c> and <c>train-roles</c> train them, less the
/// wh-ukraine documents a caller holds out, and builds an events stage that reads with them. <c>bench events-cv</c>
/// holds out one fold at a time; <c>bench events-heldout</c> holds out every document of a test split's period.
/// </summary>
internal sealed class HeldOutEventModels
{
    private readonly ParseResult _parse;
    private readonly string _database;
    private readonly string _folder;
    private readonly IReadOnlyList<LabelledSentence> _written;
    private readonly IReadOnlyList<LabelledSentence> _news;
    private readonly IReadOnlyList<LabelledSentence> _real;
    private readonly IReadOnlyList<TaggedRoleSentence> _roles;
    private readonly (IReadOnlyList<LabelledSentence> Sentences, int Repeats) _fixtures;

    /// <param name="main">A host on <paramref name="database"/>, whose tagger reads the role sentences once for every model.</param>
    /// <param name="folder">Where the model files go (the caller deletes it).</param>
    public HeldOutEventModels(ParseResult parse, IHost main, string database, string folder, RealTextCorpus real,
        IReadOnlyList<LabelledSentence> written, IReadOnlyList<LabelledSentence> news, IReadOnlyList<RoleSentence> newsRoles,
        (IReadOnlyList<LabelledSentence> Sentences, int Repeats) fixtures)
    {
        _fixtures = fixtures;
        _parse = parse;
        _database = database;
        _folder = folder;
        _written = written;
        _news = news;
        _real = real.Sentences(RealTextCorpus.TrainingSplits);
        var tagger = main.Services.GetRequiredService<EntityTagger>();
        var parties = new SentenceParties(main.Services.GetService<OfficeHolders>() ?? OfficeHolders.Shared);
        _roles = PartyRoleDataset.Tag(real.RoleSentences(RealTextCorpus.TrainingSplits).Concat(newsRoles), (text, on) => tagger.Tag(text, on), parties);
    }

    /// <summary>
    /// Trains both models without the wh-ukraine documents <paramref name="heldOut"/> names (GMB news sentences always
    /// train: they are no wh-ukraine documents) and returns a host whose events stage uses them, on the shared database.
    /// </summary>
    public (IHost Host, int TrainingSentences) Build(string name, Func<string, bool> heldOut)
    {
        var classifierPath = Path.Combine(_folder, $"aid-{name}.zip");
        var rolesPath = Path.Combine(_folder, $"roles-{name}.zip");
        var train = AidTrainingSet.Compose(_written, _real.Where(s => !heldOut(s.Group!)), _news,
            TrainEventsCommand.DefaultWrittenRepeats, TrainEventsCommand.DefaultNewsRepeats, _fixtures.Sentences, _fixtures.Repeats);
        var (ml, model, schema) = AidSentenceTrainer.Train(train);
        AidSentenceTrainer.Save(ml, model, schema, classifierPath);
        (ml, model, schema) = PartyRoleTrainer.Train(_roles.Where(r => IsNews(r.Sentence) || !heldOut(r.Sentence.Group)).SelectMany(PartyRoleDataset.Rows));
        AidSentenceTrainer.Save(ml, model, schema, rolesPath);
        var host = VerbHost.Build(_parse, _database, $"--{EventsOptions.Section}:ModelPath={classifierPath}", $"--{EventsOptions.Section}:RolesModelPath={rolesPath}");
        return (host, train.Count);
    }

    private static bool IsNews(RoleSentence s) => s.Group.StartsWith("GMB/", StringComparison.Ordinal);
}

using Microsoft.ML;
using Microsoft.ML.Data;

namespace NewsWatch.Events;

/// <summary>
/// Decides donor and recipient among a sentence's parties with the trained role model
/// (<see cref="PartyRoleTrainer"/>): each party gets a probability of giving, receiving or neither from
/// the words around it, and the sentence takes the most probable pair of different parties.
/// </summary>
public sealed class PartyRoleRanker
{
    /// <summary>A party takes a role only when the model gives it at least this probability.</summary>
    private const float MinRoleProbability = 0.3f;

    private readonly PooledPredictor<PartyRoleInput, PartyRoleOutput> _model;
    private readonly int _donor;
    private readonly int _recipient;

    public PartyRoleRanker(MLContext ml, ITransformer model) : this(new PooledPredictor<PartyRoleInput, PartyRoleOutput>(ml, model))
    {
    }

    private PartyRoleRanker(PooledPredictor<PartyRoleInput, PartyRoleOutput> model)
    {
        _model = model;
        _donor = model.ScoreLabels.ToList().IndexOf(PartyRoleInput.Donor);
        _recipient = model.ScoreLabels.ToList().IndexOf(PartyRoleInput.Recipient);
        if (_donor < 0 || _recipient < 0) throw new InvalidDataException("The party-role model has no donor or recipient label.");
    }

    public static PartyRoleRanker Load(string path) => new(PooledPredictor<PartyRoleInput, PartyRoleOutput>.Load(path));

    /// <summary>The probabilities of giving and of receiving for each of <paramref name="parties"/>.</summary>
    public IReadOnlyList<(float Donor, float Recipient)> Score(string text, Range sentence, IReadOnlyList<PartyMatch> parties) =>
        _model.Use(engine =>
        {
            var scores = new (float, float)[parties.Count];
            for (var i = 0; i < parties.Count; i++)
            {
                var output = engine.Predict(new PartyRoleInput { Features = PartyRoleFeatures.Describe(text, sentence, parties, i) });
                scores[i] = (output.Score[_donor], output.Score[_recipient]);
            }
            return scores;
        });

    /// <summary>The most probable donor and recipient (different parties; either may be null).</summary>
    public (PartyMatch? Donor, PartyMatch? Recipient) Assign(string text, Range sentence, IReadOnlyList<PartyMatch> parties)
    {
        if (parties.Count == 0) return (null, null);
        var scores = Score(text, sentence, parties);
        // A party named twice keeps its best reading of each role. An aggressor, a place or part of a name
        // ("the NATO summit", "Russia's invasion") takes none, as with the rules: too rare in the labels to learn.
        var byCode = parties.Select((p, i) => (Party: p, Score: scores[i]))
            .Where(x => !PartyRoles.Cues(text, sentence, x.Party).NoRole)
            .GroupBy(x => x.Party.Party.Code)
            .Select(g => (Party: g.First().Party, Donor: g.Max(x => x.Score.Donor), Recipient: g.Max(x => x.Score.Recipient)))
            .ToList();
        (PartyMatch? Donor, PartyMatch? Recipient) best = (null, null);
        var bestScore = 0f;
        foreach (var d in byCode.Prepend((Party: null!, Donor: 0f, Recipient: 0f)))
            foreach (var r in byCode.Prepend((Party: null!, Donor: 0f, Recipient: 0f)))
            {
                if (d.Party is not null && r.Party is not null && d.Party.Party.Code == r.Party.Party.Code) continue;
                var dScore = d.Party is null ? 0 : d.Donor >= MinRoleProbability ? d.Donor : float.NegativeInfinity;
                var rScore = r.Party is null ? 0 : r.Recipient >= MinRoleProbability ? r.Recipient : float.NegativeInfinity;
                if (dScore + rScore > bestScore) { bestScore = dScore + rScore; best = (d.Party, r.Party); }
            }
        // A joint package of "Germany, Denmark and the Netherlands" is given by the list, named by its first party.
        return best.Donor is { } donor && PartyRoles.ListHead(text, parties, donor) is var head && head.Party.Code != best.Recipient?.Party.Code
            ? (head, best.Recipient)
            : best;
    }
}

/// <summary>The role model's input row: one candidate party as <see cref="PartyRoleFeatures"/> words, and its role when training.</summary>
public sealed class PartyRoleInput
{
    public const string Donor = "donor";
    public const string Recipient = "recipient";
    public const string Neither = "neither";

    public string Label { get; set; } = "";
    public string Features { get; set; } = "";
}

/// <summary>The role model's output row: one probability per role.</summary>
public sealed class PartyRoleOutput
{
    [ColumnName("Score")] public float[] Score { get; set; } = [];
}

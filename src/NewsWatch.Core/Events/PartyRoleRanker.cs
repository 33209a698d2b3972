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
        _donor = model.SlotOf(PartyRoleInput.Donor);
        _recipient = model.SlotOf(PartyRoleInput.Recipient);
    }

    public static PartyRoleRanker Load(string path) => new(PooledPredictor<PartyRoleInput, PartyRoleOutput>.Load(path));

    /// <summary>The most probable donor and recipient (different parties; either may be null).</summary>
    public (PartyMatch? Donor, PartyMatch? Recipient) Assign(string text, Range sentence, IReadOnlyList<PartyMatch> parties)
    {
        if (parties.Count == 0) return (null, null);
        // An aggressor, a place or part of a name ("the NATO summit", "Russia's invasion") takes no role, as with
        // the rules (too rare in the labels to learn), so the model is not asked about it.
        var cues = parties.Select(p => PartyRoles.Cues(text, sentence, p)).ToArray();
        var scored = _model.Use(engine => Enumerable.Range(0, parties.Count)
            .Where(i => !cues[i].NoRole)
            .Select(i =>
            {
                var output = engine.Predict(new PartyRoleInput { Features = PartyRoleFeatures.Describe(text, sentence, parties, i, cues[i]) });
                return (Party: parties[i], Donor: output.Score[_donor], Recipient: output.Score[_recipient]);
            })
            .ToList());
        // A party named twice keeps its best reading of each role.
        var byCode = scored
            .GroupBy(x => x.Party.Party.Code)
            .Select(g => (Party: g.First().Party, Donor: g.Max(x => x.Donor), Recipient: g.Max(x => x.Recipient)))
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

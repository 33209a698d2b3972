using NewsWatch.Entities;

namespace NewsWatch.Events;

/// <summary>A role sentence with the candidate parties the daemon would find in it (tagger mentions, bodies, office holders).</summary>
public sealed record TaggedRoleSentence(RoleSentence Sentence, IReadOnlyList<PartyMatch> Parties)
{
    public Range Span => 0..Sentence.Text.Length;
}

/// <summary>
/// Turns labelled role sentences into training rows for the role model (one per candidate party: donor,
/// recipient or neither) and scores any way of assigning roles against the labels.
/// </summary>
public static class PartyRoleDataset
{
    /// <summary>The label code of a party that has none of its own.</summary>
    public const string Other = "OTHER";

    public static IReadOnlyList<TaggedRoleSentence> Tag(IEnumerable<RoleSentence> sentences, Func<string, DateOnly, IReadOnlyList<EntityMention>> tag, SentenceParties parties) =>
        sentences.Select(s => new TaggedRoleSentence(s, parties.Find(s.Text, 0..s.Text.Length, tag(s.Text, s.Published), s.Published))).ToList();

    public static IEnumerable<PartyRoleInput> Rows(TaggedRoleSentence s)
    {
        for (var i = 0; i < s.Parties.Count; i++)
        {
            var code = s.Parties[i].Party.Code;
            // "OTHER" marks a giver or receiver without a code of ours (a charity, a regional bank): a body found
            // in the sentence that is not labelled may be that party, so it teaches nothing either way.
            if (s.Parties[i].Source == PartySource.Body && !s.Sentence.Donors.Contains(code) && !s.Sentence.Recipients.Contains(code)
                && (s.Sentence.Donors.Contains(Other) || s.Sentence.Recipients.Contains(Other))) continue;
            var label = s.Sentence.Donors.Contains(code) ? PartyRoleInput.Donor
                : s.Sentence.Recipients.Contains(code) ? PartyRoleInput.Recipient
                : PartyRoleInput.Neither;
            yield return new PartyRoleInput { Label = label, Features = PartyRoleFeatures.Describe(s.Sentence.Text, s.Span, s.Parties, i, PartyRoles.Cues(s.Sentence.Text, s.Span, s.Parties[i])) };
        }
    }

    /// <summary>
    /// The share of sentences (with at least one candidate) whose donor, and whose recipient, <paramref name="assign"/>
    /// gets right: a labelled party when one of the candidates is labelled so, else no party.
    /// </summary>
    public static RoleScore Score(IEnumerable<TaggedRoleSentence> sentences, Func<string, Range, IReadOnlyList<PartyMatch>, (PartyMatch? Donor, PartyMatch? Recipient)> assign)
    {
        int count = 0, donors = 0, recipients = 0, both = 0;
        foreach (var s in sentences.Where(s => s.Parties.Count > 0))
        {
            var (d, r) = assign(s.Sentence.Text, s.Span, s.Parties);
            var donorRight = Right(d, s.Sentence.Donors, s.Parties);
            var recipientRight = Right(r, s.Sentence.Recipients, s.Parties);
            count++;
            if (donorRight) donors++;
            if (recipientRight) recipients++;
            if (donorRight && recipientRight) both++;
        }
        return new RoleScore(count, donors, recipients, both);
    }

    private static bool Right(PartyMatch? chosen, IReadOnlyList<string> gold, IReadOnlyList<PartyMatch> candidates) =>
        chosen is null ? !candidates.Any(c => gold.Contains(c.Party.Code)) : gold.Contains(chosen.Party.Code);
}

/// <summary>How many of <paramref name="Sentences"/> got the donor, the recipient, and both right.</summary>
public sealed record RoleScore(int Sentences, int Donors, int Recipients, int Both)
{
    public static RoleScore operator +(RoleScore a, RoleScore b) =>
        new(a.Sentences + b.Sentences, a.Donors + b.Donors, a.Recipients + b.Recipients, a.Both + b.Both);

    public override string ToString() => Sentences == 0 ? "no sentences"
        : string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"donor {Donors / (double)Sentences:F3}  recipient {Recipients / (double)Sentences:F3}  both {Both / (double)Sentences:F3}  ({Sentences} sentences)");
}

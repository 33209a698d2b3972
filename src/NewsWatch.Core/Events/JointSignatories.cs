using NewsWatch.Entities;

namespace NewsWatch.Events;

/// <summary>
/// The signatories of a joint statement ("We, the Foreign Ministers of Estonia, Latvia and Lithuania, ...") and the aid
/// they give together.
/// </summary>
internal static class JointSignatories
{
    /// <summary>How far into an article a joint statement's "We, the ministers of ..." opening is looked for.</summary>
    private const int OpeningSentences = 3;

    /// <summary>
    /// The countries a joint statement speaks for, from its opening "We, the Foreign Ministers of Estonia, Latvia and
    /// Lithuania, ..." (at least two, in order); empty for any other article.
    /// </summary>
    public static List<AidParty> Find(SentenceParties finder, string text, IReadOnlyList<Range> sentences, List<EntityMention> mentions, DateOnly published)
    {
        foreach (var span in sentences.Take(OpeningSentences))
        {
            if (!SentenceCues.OpensJointStatement(text[span])) continue;
            var (start, end) = (span.Start.Value, span.End.Value);
            var parties = finder.Find(text, span, mentions.Where(m => m.Start >= start && m.End <= end), published);
            // The list the first party opens: "Estonia, Latvia and Lithuania".
            var listed = parties.Count == 0 ? [] : parties.Take(PartyRoles.ListSize(text, parties, parties[0]));
            var signatories = listed.Select(p => p.Party).DistinctBy(p => p.Code).ToList();
            return signatories.Count >= 2 ? signatories : [];
        }
        return [];
    }

    /// <summary>
    /// "Our three countries will jointly provide EUR 30 million": in a joint statement, aid given together with no
    /// giver named is an event of each signatory, the sum with the first (as for any joint givers with no split).
    /// </summary>
    public static void GiveFor(List<AidFrame> frames, List<AidParty> signatories)
    {
        if (signatories.Count == 0) return;
        foreach (var f in frames.ToList())
        {
            if (f.Donor is not null || f.IsRecap || !SentenceCues.GivesJointly(f.Text)) continue;
            f.Donor = signatories[0];
            foreach (var other in signatories.Skip(1).Where(p => p.Code != f.Recipient?.Code))
                frames.Add(new AidFrame(f.Index, f.Text, f.Prediction) { Donor = other, Recipient = f.Recipient, RecipientInSentence = f.RecipientInSentence, What = f.What, Date = f.Date, Items = f.Items, HasQuantity = f.HasQuantity, SharesSum = f.Amount is not null });
        }
    }
}

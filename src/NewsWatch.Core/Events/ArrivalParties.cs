namespace NewsWatch.Events;

/// <summary>
/// The giver and recipient of relief brought in (<see cref="SentenceCues.AidArrival"/>), read from where they stand around the
/// carrier and the arrival verb rather than by the role model, which mostly saw money: "A Qatari air force plane loaded with
/// tents ... landed in Khost" gives Qatar, never receives it.
/// </summary>
internal static class ArrivalParties
{
    /// <summary>How far left of a party "sent by" or "from" is read.</summary>
    public const int SenderWindow = 40;

    /// <summary>
    /// The carrier's country (named in its own words, or as its sender: "sent by the Lithuanian government") and whom the cargo
    /// is for ("for Gaza", wherever it docked), else where it arrived ("landed in Morocco"), else <paramref name="recipient"/>
    /// unless that is the giver or a sender. Null when the arrival names no giver ("aid trucks entered Gaza").
    /// </summary>
    public static (PartyMatch Giver, PartyMatch? Recipient)? Read(string text, int start, string sentence, (int GiverEnd, int VerbStart, int VerbEnd) arrival,
        IReadOnlyList<PartyMatch> parties, PartyMatch? recipient)
    {
        var (giverFrom, giverEnd, verbStart, verbEnd) = (start + SentenceCues.DatelineLength(sentence), start + arrival.GiverEnd, start + arrival.VerbStart, start + arrival.VerbEnd);
        if ((parties.FirstOrDefault(p => p.Start >= giverFrom && p.End <= giverEnd && SentenceCues.ModifiesCarrier(text[p.End..giverEnd]))
            ?? parties.FirstOrDefault(p => p.Start >= giverEnd && p.End <= verbStart && SentenceCues.SentBy(text[giverEnd..p.Start]))) is not { } sender)
            return null;
        var receiver = parties.FirstOrDefault(p => p.Start >= giverEnd && p.Party.Code != sender.Party.Code && SentenceCues.ConsignedTo(text[giverEnd..p.Start]))
            ?? parties.FirstOrDefault(p => p.Start >= verbEnd && p.Party.Code != sender.Party.Code && SentenceCues.LeadsToPlace(text[verbEnd..p.Start]))
            // "In eastern Libya, where two dams burst ..., an Italian air force plane ... landed in Benghazi": the country the sentence opens in.
            ?? parties.FirstOrDefault(p => p.Start >= giverFrom && p.End <= giverEnd && p.Party.Code != sender.Party.Code && SentenceCues.OpensInPlace(text[giverFrom..p.Start]))
            ?? (recipient is null || recipient.Party.Code == sender.Party.Code || IsSender(text, start, recipient) ? null : recipient);
        return (sender, receiver);
    }

    /// <summary>Whether <paramref name="party"/> is named as a sender or source ("from Chad", "provided by the UN").</summary>
    public static bool IsSender(string text, int sentenceStart, PartyMatch party) =>
        SentenceCues.SentBy(text[Math.Max(sentenceStart, party.Start - SenderWindow)..party.Start]);
}

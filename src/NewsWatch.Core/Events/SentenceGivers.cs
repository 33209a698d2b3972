using NewsWatch.Entities;

namespace NewsWatch.Events;

/// <summary>
/// Settles who gives and who receives in one sentence after the role model has chosen: the wordings where the sentence's
/// own grammar (a subject with its giving verb, a decider, a seat of government, a quoted speaker, a line of a list)
/// overrules the model, and the places that never give (a wire dateline, a clause about the giver).
/// </summary>
internal static class SentenceGivers
{
    /// <param name="sums">The sentence's sums (amount mentions with a value), in text order.</param>
    /// <param name="announcedItem">Whether the sentence is a line of a list of announced contributions.</param>
    /// <returns>The giver and receiver, and the country opening a line of such a list with its giving verb (also the giver).</returns>
    public static (PartyMatch? Donor, PartyMatch? Recipient, PartyMatch? LineGiver) ApplyGrammar(string text, Range span, IReadOnlyList<PartyMatch> parties,
        IReadOnlyList<EntityMention> sums, PartyMatch? donor, PartyMatch? recipient, bool announcedItem)
    {
        var (start, end) = (span.Start.Value, span.End.Value);
        var sentence = text[span];
        // "Germany, which co-hosts the platform with France and Romania, followed with €32 million": a country named in a clause
        // about the giver receives nothing; the article's recipient stands.
        if (donor is not null && recipient is not null && recipient.Start > donor.End && SentenceCues.InGiversClause(text[donor.End..recipient.Start], text[recipient.End..end]))
            recipient = null;
        // The country a sum is given "to", "for" or "to help" right after it, named as a country ("to help Moldova pay", not "to
        // support Syrian refugees" in Jordan nor "to the World Food Programme"), receives it, whichever the role model preferred.
        if (recipient is not null && PartyRoles.RecipientOfSum(text, parties, [.. sums.Select(m => (m.Start, m.End))], end) is { Source: PartySource.CountryMention } sumRecipient
            && sumRecipient.Party.Code != donor?.Party.Code && text[sumRecipient.Start..sumRecipient.End].Equals(sumRecipient.Party.Name, StringComparison.OrdinalIgnoreCase))
            recipient = sumRecipient;
        // "India commits to providing HPV sampling kits ... worth $7.5 million to the Indo-Pacific region", "India, through its $10
        // million commitment to the WHO's initiative, will offer technical assistance": the subject that opens the sentence
        // with its own giving verb gives; it receives nothing of it.
        if (recipient is not null && recipient.Party.Code != donor?.Party.Code && PartyRoles.Cues(text, span, recipient) is { NoRole: false, AtStart: true }
            && SentenceCues.GivesRight(text[recipient.End..end]))
            (donor, recipient) = (recipient, null);
        // "EL ARISH, Egypt - A Qatari military transport aircraft landed ...": the country of a wire dateline is where the
        // story was filed, never the giver.
        if (donor is not null && donor.End <= start + SentenceCues.DatelineLength(sentence)) donor = null;
        // "The United Nations said on Monday it had allocated $5 million ...", "Hours later the United Arab Emirates said it
        // would contribute $100 million": the subject that speaks or gives is the giver when the role model names none (it
        // rarely saw a body give).
        // So is a body the money comes from ("allocated $10 million from the Central Emergency Response Fund to Somalia").
        if (donor is null && parties.FirstOrDefault(p => p.Party.Code != recipient?.Party.Code
                && PartyRoles.Cues(text, span, p) is { NoRole: false } c && ((c.AtStart || PartyRoles.OpensAfterAdverbial(text, span, p)) && c.DonorVerbRight
                    || p.Source == PartySource.Body && ArrivalParties.IsSender(text, start, p))) is { } subject)
            donor = subject;
        // "Saudi Arabia, represented by its development fund, pledged $1bn for reconstruction projects, ..., adding that ... France,
        // China and the United States had also made commitments": the subject that opens the sentence with its giving verb and
        // sum gives it, whoever else the sentence names.
        if (parties.FirstOrDefault(p => PartyRoles.Cues(text, span, p) is { NoRole: false } c && (c.AtStart || PartyRoles.OpensAfterAdverbial(text, span, p))) is { } opener
            && opener.Party.Code != donor?.Party.Code && PartyRoles.OwnSumAfter(text, opener, sums) is not null)
        {
            if (recipient?.Party.Code == opener.Party.Code) recipient = null;
            donor = opener;
        }
        // "Sweden has decided on a new humanitarian contribution of SEK 400 million": whoever decided to give gives it.
        if (SentenceCues.DecidesToGive(sentence) && parties.FirstOrDefault(p => SentenceCues.DecidesRight(text[p.End..end])) is { } decider)
        {
            if (recipient?.Party.Code == decider.Party.Code) recipient = null;
            donor = decider;
        }
        // "In London, the government said it would give a further £5m": the government seated there speaks, and gives.
        // The government that speaks receives nothing ("bringing Britain's total for the disaster to £10m" reads as aid to Britain).
        if (donor is null && parties.FirstOrDefault(p => p.Source == PartySource.SeatOfGovernment) is { } seat)
        {
            if (recipient?.Party.Code == seat.Party.Code) recipient = null;
            donor = seat;
        }
        // "In Washington, the World Bank said it would make $100m available": whoever is named right after the city speaks there.
        if (donor is { Source: PartySource.SeatOfGovernment or PartySource.Metonym } city && parties.FirstOrDefault(p => p.Start >= city.End && SentenceCues.IsCommaThe(text[city.End..p.Start])) is { } speaksThere)
            donor = speaksThere;
        // "'Today, I'm announcing an additional $500 million ...,' Trudeau said": the speaker of a first-person quote gives.
        if (donor is null && SentenceCues.IsFirstPerson(sentence) && PartyRoles.QuotedSpeaker(text, parties) is { } speaker && speaker.Party.Code != recipient?.Party.Code)
            donor = speaker;
        // "announce the following new contributions: ... - Spain will donate a further Patriot launcher from its own stocks": the
        // country opening a line of the list with its giving verb gives, whatever the role model reads.
        var lineGiver = announcedItem ? parties.FirstOrDefault(p => OpensLineGiving(text, span, p)) : null;
        if (lineGiver is not null)
        {
            if (recipient?.Party.Code == lineGiver.Party.Code) recipient = null;
            donor = lineGiver;
        }
        return (donor, recipient, lineGiver);
    }

    /// <summary>Whether <paramref name="p"/> opens the sentence's line with its own giving verb ("- Spain will donate a further launcher").</summary>
    public static bool OpensLineGiving(string text, Range sentence, PartyMatch p) =>
        SentenceCues.OpensBullet(text[sentence.Start.Value..p.Start]) && PartyRoles.Cues(text, sentence, p).DonorVerbRight;
}

using NewsWatch.Entities;
using System.Text.RegularExpressions;

namespace NewsWatch.Events;

/// <summary>
/// The role cues of one party in a sentence, the features the role model learns from: "to/for X",
/// "provide X with", "X will receive" and "X's armed forces" mark a recipient; "from/by X", X as the
/// sentence subject, and "X said/will/pledged" mark a donor. Parties named as the aggressor ("against
/// Russian attacks", "Russia's invasion") or as a source of funds ("frozen Russian assets") take no role.
/// Also the hand-weighted assignment the model replaced, joint-donor lists and co-donors who "each" give.
/// </summary>
public static partial class PartyRoles
{
    private const int LeftWindow = 40;
    private const int RightWindow = 60;

    /// <summary>How far right of a party a relative clause and its verb are read ("Moldova, which has taken in ..., will receive").</summary>
    private const int ClauseWindow = 160;

    /// <summary>
    /// The best donor and recipient among <paramref name="parties"/> (either may be null) by the hand-weighted cues.
    /// The daemon decides with <see cref="PartyRoleRanker"/>, which learned from these cues and more; this stays as
    /// the baseline <c>train-roles</c> scores beside it.
    /// </summary>
    public static (PartyMatch? Donor, PartyMatch? Recipient) Assign(string text, Range sentence, IReadOnlyList<PartyMatch> parties)
    {
        var scored = new List<(PartyMatch Party, int Donor, int Recipient)>();
        foreach (var p in parties)
        {
            var c = Cues(text, sentence, p);
            if (c.NoRole) continue;
            var recipient = (c.RecipientLeft ? 3 : 0) + (c.GiveVerbLeft ? 3 : 0) + (c.ReceiveRight ? 3 : 0) + (c.RecipientNounRight ? 2 : 0);
            var donor = (c.DonorLeft || c.AidNounRight ? 3 : 0) + (c.AtStart ? 2 : 0) + (c.DonorVerbRight ? 2 : 0) + (c.AtStart && c.OfficeRight ? 1 : 0);
            scored.Add((p, donor, recipient));
        }
        if (scored.Count == 0) return (null, null);

        // The same party named twice keeps its best reading of each role.
        var byCode = scored.GroupBy(s => s.Party.Party.Code)
            .Select(g => (Party: g.First().Party, Donor: g.Max(s => s.Donor), Recipient: g.Max(s => s.Recipient)))
            .ToList();
        if (byCode.Count == 1)
        {
            var only = byCode[0];
            if (only.Donor == 0 && only.Recipient == 0) return (null, null);
            return only.Donor >= only.Recipient ? (only.Party, null) : (null, only.Party);
        }

        (PartyMatch Donor, PartyMatch Recipient)? best = null;
        var bestScore = double.MinValue;
        foreach (var d in byCode)
            foreach (var r in byCode)
            {
                if (ReferenceEquals(d.Party, r.Party)) continue;
                // In news prose the giver is usually named first: a small bias settles otherwise even pairs.
                var score = d.Donor + r.Recipient + (d.Party.Start < r.Party.Start ? 0.5 : 0);
                if (score > bestScore) { bestScore = score; best = (d.Party, r.Party); }
            }
        return best is { } b ? (b.Donor, b.Recipient) : (null, null);
    }

    /// <summary>What the words around <paramref name="p"/> say about its role: the cues the rules weigh and the role model learns from.</summary>
    public static RoleCues Cues(string text, Range sentence, PartyMatch p)
    {
        var (sStart, sEnd) = (sentence.Start.GetOffset(text.Length), sentence.End.GetOffset(text.Length));
        var (left, right) = (LeftOf(text, sentence, p), RightOf(text, sentence, p));
        var subjectStart = sStart + SentenceCues.DatelineLength(text[sStart..Math.Min(sEnd, sStart + LeftWindow)]);
        return new RoleCues(
            Adversary: AdversaryLeft().IsMatch(left) || NoRoleRight().IsMatch(right),
            // "RAMSTEIN AIR BASE, Germany - ...": the dateline's place is where the news was filed.
            Place: p.End <= subjectStart || PlaceLeft().IsMatch(left) || WarTheatreLeft().IsMatch(left) || OriginatorLeft().IsMatch(left) || p.Source == PartySource.Metonym && InOrAtLeft().IsMatch(left)
                || OccasionLeft().IsMatch(left) && MeetRight().IsMatch(right) || SidelinesLeft().IsMatch(left) || StruckLeft().IsMatch(left)
                || HostLeft().IsMatch(left),
            ProgrammeName: ProgrammeNameRight().IsMatch(right),
            AtStart: p.Start >= subjectStart && p.Start - subjectStart <= LeftWindow && SubjectLeft().IsMatch(text[subjectStart..p.Start]),
            RecipientLeft: RecipientLeft().IsMatch(left),
            GiveVerbLeft: GiveVerbLeft().IsMatch(left),
            ReceiveRight: ReceiveRight().IsMatch(right),
            RecipientNounRight: RecipientNounRight().IsMatch(right),
            DonorLeft: DonorLeft().IsMatch(left),
            AidNounRight: AidNounRight().IsMatch(right),
            DonorVerbRight: DonorVerbRight().IsMatch(right),
            OfficeRight: OfficeRight().IsMatch(right));
    }

    /// <summary>
    /// Two readings the role model gets wrong, settled by the grammar: a party right after a giving verb and before
    /// what is given is its recipient ("will give Jordan 45 million euros to support Syrian refugees"); and a party
    /// that gives is no recipient ("together with Norway, which is contributing €130 million", "while Norway will
    /// add", "Norway's share is", "Sweden pledged SEK 1.5 billion and Denmark DKK 900 million"), so the recipient is
    /// then left to the article. That co-giver, named after the donor, gives the sums that follow it.
    /// </summary>
    public static (PartyMatch? Donor, PartyMatch? Recipient, PartyMatch? CoGiver) Settle(string text, Range sentence, IReadOnlyList<PartyMatch> parties, PartyMatch? donor, PartyMatch? recipient)
    {
        var sStart = sentence.Start.GetOffset(text.Length);
        if (parties.FirstOrDefault(p => p.Party.Code != donor?.Party.Code && IndirectObjectLeft().IsMatch(LeftOf(text, sentence, p)) && GivenThingRight().IsMatch(RightOf(text, sentence, p))) is { } receiver)
            recipient = receiver;
        // "the agency will provide Moldova with $30 million ..., as Russian strikes on the Ukrainian grid have cut off ...":
        // whom the giver provides with the aid receives it, whatever other country the sentence names.
        else if (parties.FirstOrDefault(p => p.Party.Code != donor?.Party.Code && ProvidesLeft().IsMatch(LeftOf(text, sentence, p)) && ProvidedWithRight().IsMatch(RightOf(text, sentence, p))) is { } provided)
            recipient = provided;
        // "Ukraine received 4.5 billion euros from the European Union": who receives is the recipient, whoever is named after.
        var sEnd = sentence.End.GetOffset(text.Length);
        ReadOnlySpan<char> ClauseAfter(PartyMatch p) => text.AsSpan(p.End, Math.Min(sEnd, p.End + ClauseWindow) - p.End);
        if (parties.FirstOrDefault(p => ReceivesRight().IsMatch(ClauseAfter(p))) is { } receives)
        {
            // "The Dutch armed forces themselves will receive additional funding": a country paying its own forces gives no aid
            // ("the Ukrainian Armed Forces received M577 vehicles" is aid received).
            if (OwnForcesRight().IsMatch(ClauseAfter(receives))) return (receives, receives, null);
            if (donor?.Party.Code == receives.Party.Code) donor = parties.FirstOrDefault(p => p.Start > receives.End && SourceLeft().IsMatch(LeftOf(text, sentence, p)));
            recipient = receives;
        }
        // "The United States welcomes Australia's recent announcement that it will provide $13 million": the party whose
        // announcement is welcomed gives.
        if (parties.FirstOrDefault(p => WelcomedLeft().IsMatch(LeftOf(text, sentence, p)) && WelcomedPledgeRight().IsMatch(RightOf(text, sentence, p))) is { } welcomed)
        {
            donor = welcomed;
            if (recipient?.Party.Code == welcomed.Party.Code) recipient = null;
        }
        // "Up to £10 million in emergency help for Libya was pledged by the British government": the agent of a passive
        // giving verb gives, and the party the ranker took for the giver is the one the aid is for.
        if (parties.FirstOrDefault(p => PassiveGiverLeft().IsMatch(LeftOf(text, sentence, p))) is { } agent && agent.Party.Code != donor?.Party.Code)
        {
            if (recipient?.Party.Code == agent.Party.Code) recipient = donor;
            donor = agent;
        }
        // "Canada will purchase a NASAMS ... from the United States to donate to Ukraine": the seller gives nothing, however
        // else the sentence names it ("Following the Prime Minister's discussion with President Joe Biden, ...").
        if (donor is not null && parties.Any(p => p.Party.Code == donor.Party.Code && PurchasedFromLeft().IsMatch(text[sStart..p.Start]))) donor = null;
        // "a fund of €200 million that Sébastien Lecornu, the armed forces minister, announced on Wednesday": who announced the sum gives it.
        if (donor is null && parties.FirstOrDefault(p => p.Party.Code != recipient?.Party.Code && RelativeLeft().IsMatch(LeftOf(text, sentence, p))
                && AnnouncedRight().IsMatch(RightOf(text, sentence, p))) is { } announcedBy)
            donor = announcedBy;
        // "Kyiv will also get C$400 million in Canadian military aid": whose aid the sum is gives it.
        if (donor is null && parties.FirstOrDefault(p => p.Party.Code != recipient?.Party.Code && SumInLeft().IsMatch(LeftOf(text, sentence, p))
                && AidNounRight().IsMatch(RightOf(text, sentence, p))) is { } owner)
            donor = owner;
        // "the announcement by the United Kingdom of $3 billion in loan guarantees", "a contribution of €5 million from Italy":
        // whose announcement the sum is gives it.
        if (parties.FirstOrDefault(p => p.Party.Code != donor?.Party.Code && (NominalGiverLeft().IsMatch(LeftOf(text, sentence, p))
                && NominalGiftRight().IsMatch(RightOf(text, sentence, p)) || NominalGiftLeft().IsMatch(LeftOf(text, sentence, p)))) is { } nominal)
        {
            if (recipient?.Party.Code == nominal.Party.Code) recipient = null;
            donor = nominal;
        }
        if (recipient is not null && OwnAgencyRight().IsMatch(RightOf(text, sentence, recipient)) && (donor is null || donor.Party.Code == recipient.Party.Code))
        {
            donor = recipient;
            // The aided is then the next party named after the agency that is no place, aggressor or programme name ("to the
            // humanitarian response in the south-east of Mauritania, close to the border with Mali").
            recipient = parties.FirstOrDefault(p => p.Start > donor.End && p.Party.Code != donor.Party.Code
                && Cues(text, sentence, p) is { Place: false, Adversary: false, ProgrammeName: false });
        }
        if (recipient is not null && recipient.Party.Code != donor?.Party.Code && JoiningLeft().IsMatch(LeftOf(text, sentence, recipient))) recipient = null;
        // "Norway's development minister announced more than $40 million": whose official announces gives.
        if (donor is null && parties.FirstOrDefault(p => p.Party.Code != recipient?.Party.Code && OfficialAnnouncesRight().IsMatch(RightOf(text, sentence, p))) is { } official)
            donor = official;
        // "The British Foreign Office said it would provide £15 million": a party with a giving verb and a sum of its own gives.
        if (donor is null && parties.FirstOrDefault(p => p.Party.Code != recipient?.Party.Code && OwnVerbSumRight().IsMatch(RightOf(text, sentence, p))) is { } ownSum)
            donor = ownSum;
        // "with U.S. President Donald Trump on his way home, Mark Carney announced C$2 billion": whoever announces gives.
        if (parties.FirstOrDefault(p => AnnouncerRight().IsMatch(RightOf(text, sentence, p))) is { } announcer
            && announcer.Party.Code != donor?.Party.Code && announcer.Party.Code != recipient?.Party.Code
            && (donor is null || !parties.Any(p => p.Party.Code == donor.Party.Code && (AnnouncerRight().IsMatch(RightOf(text, sentence, p)) || OwnVerbSumRight().IsMatch(RightOf(text, sentence, p))))))
            donor = announcer;
        // "France, which co-hosted the meeting with Germany and the European Union, pledged 110 million euros": a party
        // inside a clause about the subject is not the subject.
        if (donor is not null && parties.LastOrDefault(p => p.End <= donor.Start && RelativeClauseBetween().IsMatch(text[p.End..donor.Start])) is { } subject
            && subject.Party.Code != recipient?.Party.Code)
            donor = subject;
        // "contribute EUR 5 million to the NATO Comprehensive Assistance Package trust fund for Ukraine": what the aid goes
        // into gives nothing, nor what it goes through ("has been transferred ... through the World Bank").
        // Nor do those who agreed the scheme it belongs to ("completing the United States' share of the loans agreed by G7 leaders").
        // Nor does the scheme's owner ("bought under NATO's new Prioritised Ukraine Requirements List"), the leader of the
        // coalition the money goes to ("to the drone coalition led by Latvia and the United Kingdom") or the country whose
        // stocks the weapons come from ("ammunition drawn from American stocks").
        // Nor does the partner that refurbished or built what is given ("Leopard 1A5 tanks, refurbished jointly with Germany"),
        // or a body the giver works with ("disbursed $3.4 billion ..., working with USAID and the World Bank"; a country one
        // works "in partnership with" is often the one helped), or the country a convoy came through ("crossed into Ukraine
        // from Poland").
        bool GivesNothing(PartyMatch p)
        {
            var left = LeftOf(text, sentence, p);
            return DestinationLeft().IsMatch(left) || ChannelLeft().IsMatch(left) || AgreedByLeft().IsMatch(left) || MakerLeft().IsMatch(left) || RouteFromLeft().IsMatch(left)
                || UnderLeft().IsMatch(left) || LedByLeft().IsMatch(left) || SourceLeft().IsMatch(left) && StocksRight().IsMatch(RightOf(text, sentence, p))
                || PartyGazetteer.IsBody(p.Party.Code) && PartnerLeft().IsMatch(text[sStart..p.Start]);
        }
        // The subject that opens the sentence gives instead ("Denmark will finance a $300 million package ..., the first
        // bought under NATO's new list").
        if (donor is not null && GivesNothing(donor))
            donor = parties.FirstOrDefault(p => p.Party.Code != donor.Party.Code && p.Party.Code != recipient?.Party.Code && Cues(text, sentence, p).AtStart && !GivesNothing(p));
        // "Germany, Denmark and the Netherlands will provide": the last of the givers' list is one of them, not a co-giver.
        var donorList = donor is null ? null : ListHead(text, parties, donor);
        var gapped = GappedGivers(text, sentence, parties, donor, recipient: null);
        var coGiver = parties.FirstOrDefault(p => p.Party.Code != donor?.Party.Code && p.Start > (donor?.End ?? sStart) && ListHead(text, parties, p) != donorList
                && GiverRight().IsMatch(RightOf(text, sentence, p)))
            ?? gapped.FirstOrDefault();
        if (recipient is not null && (recipient.Party.Code == coGiver?.Party.Code || gapped.Any(g => g.Party.Code == recipient.Party.Code))) recipient = null;
        // "Saudi Arabia pledged $1 billion, and the European Union committed 87 million euros": a party that gives its own sum
        // is a giver, not the recipient; named first, it gives first, and the donor after it gives the sums after it.
        if (recipient is not null && recipient.Party.Code != donor?.Party.Code && OwnVerbSumRight().IsMatch(RightOf(text, sentence, recipient)))
        {
            if (donor is null || donor.Start > recipient.Start) (donor, coGiver) = (recipient, coGiver ?? donor);
            else coGiver ??= recipient;
            recipient = null;
        }
        else if (donor is not null && (OwnVerbSumRight().IsMatch(RightOf(text, sentence, donor)) || SumRight().IsMatch(RightOf(text, sentence, donor)))
            && parties.FirstOrDefault(p => p.Start < donor.Start && p.Party.Code != donor.Party.Code && p.Party.Code != recipient?.Party.Code
                && OwnVerbSumRight().IsMatch(RightOf(text, sentence, p))) is { } first)
            // "France, which hosted the meeting, announced EUR 80mn, and Germany EUR 70mn": Germany's sum follows it with the verb left out.
            (donor, coGiver) = (first, coGiver ?? donor);
        // "giving the World Food Programme another 150 million kroner ... to feed people in Yemen": a UN agency spends the
        // aid; the country it is for receives it.
        if (recipient?.Party.Code == UnitedNations && parties.FirstOrDefault(p => p.Start > recipient.End && !PartyGazetteer.IsBody(p.Party.Code)
                && p.Party.Code != donor?.Party.Code && ServedCountryBetween().IsMatch(text[recipient.End..p.Start])) is { } served)
            recipient = served;
        // "In Moldova, whose airspace Russian missiles have crossed on their way to Ukrainian targets, the Department will
        // provide $45 million", "support for Moldova's armed forces from the European Peace Facility, a fund better known for
        // reimbursing deliveries to Ukraine": a country named inside an aside about another party is not the one aided.
        bool InAside(PartyMatch p) => AsideLeft().IsMatch(text.AsSpan(sStart, p.Start - sStart));
        if (recipient is not null && InAside(recipient)
            && parties.LastOrDefault(p => p.Start < recipient.Start && p.Party.Code != recipient.Party.Code && p.Party.Code != donor?.Party.Code && p.Party.Code != coGiver?.Party.Code
                && !InAside(p) && AidedLeft().IsMatch(LeftOf(text, sentence, p)) && Cues(text, sentence, p) is { Adversary: false, ProgrammeName: false }) is { } aided)
            recipient = aided;
        return (donor, recipient, coGiver);
    }

    [GeneratedRegex(@",\s*(?:whose|which|a\s+(?:fund|facility|programme|program|mechanism|scheme|country))\b[^,;()]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsideLeft();

    /// <summary>Where the aided country stands before an aside about another: "In Moldova, whose ...", "support for Moldova's army ..., a fund ...".</summary>
    [GeneratedRegex(@"(?:^\W*In|\b(?:for|to))\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AidedLeft();

    private const string UnitedNations = "UN";

    [GeneratedRegex(@"\b(?:announcement|pledge|commitment|contribution|offer|donation)s?\s+(?:by|from)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NominalGiverLeft();

    [GeneratedRegex(@"^\s+of\s+(?:an?\s+)?(?:(?:additional|new|further|more than|over|about|up to)\s+)*(?:[$€£¥]|\d|(?-i:[A-Z]{3})\s?\d)|^\s+to\s+(?:provide|give|send|contribute|donate)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NominalGiftRight();

    [GeneratedRegex(@"\b(?:announcement|pledge|commitment|contribution|offer|donation)\s+of\s+(?:(?:an?\s+)?(?:additional|new|further|more than|over|about|up to)\s+)*(?:[$€£¥]|\d|(?-i:[A-Z]{3})\s?\d)[\w.,]*(?:\s+(?:million|billion|bn|m))?\s+(?:from|by)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NominalGiftLeft();

    /// <summary>"the Spanish Agency for International Development Cooperation will allocate": a country's own agency or ministry speaks for it.</summary>
    [GeneratedRegex(@"^\s+(?:(?-i:\p{Lu})[\w-]+\s+){0,3}?(?:Agency|Ministry)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnAgencyRight();

    /// <summary>"joining Denmark, the Netherlands, Belgium and other partners who had already made commitments": fellow givers, not the aided.</summary>
    [GeneratedRegex(@"\bjoin(?:s|ed|ing)?\s+(?!(?:the\s+)?(?:fight|war|effort)\b)[^.;:]{0,80}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JoiningLeft();

    [GeneratedRegex(@"\b(?:crossed|entered|arrived|came|travell?ed|shipped|moved|transported|driven|flown)\b[^.;]{0,40}\bfrom\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RouteFromLeft();

    [GeneratedRegex(@"^[^;]{0,120}\b(?:in|for|to|inside|across)\s+(?:the\s+)?(?:(?:people|population|families|refugees)\s+(?:of|in)\s+(?:the\s+)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ServedCountryBetween();

    [GeneratedRegex(@"(?<!\baccording\s)(?<!\baddition\s)(?<!\bthanks\s)(?<!\bdue\s)(?<!\bnext\s)\b(?:to|into)\s+(?:the\s+)?$|\b(?:to|into)\s+an?\s+(?:[\w-]+\s+){0,2}(?:facility|fund|mechanism|account)\s+(?:at|of|with|run by|managed by)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DestinationLeft();

    [GeneratedRegex(@"\bagreed\s+(?:upon\s+|on\s+)?by\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgreedByLeft();

    [GeneratedRegex(@"\bunder\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnderLeft();

    [GeneratedRegex(@"\b(?:led|co-led|chaired|co-chaired|coordinated)\s+(?:jointly\s+)?by\s+(?:[\p{L} ,-]{0,40}?\s+and\s+)?(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LedByLeft();

    [GeneratedRegex(@"^(?:['’]s)?\s+(?:own\s+)?(?:stocks|stockpiles|inventories|arsenals|reserves)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StocksRight();

    [GeneratedRegex(@"\b(?:was|were|been|be|being|is|are)\s+(?:(?:also|now|already|formally|jointly|swiftly|quickly)\s+)?(?:pledged|promised|announced|provided|given|donated|offered|approved|allocated|committed|unveiled|granted|earmarked|disbursed|delivered|supplied|sent|made available|made)\s+(?:to\s+[^,;.]{1,40}?\s+)?by\s+(?:the\s+)?$|\b(?:commitment|pledge|contribution|package|announcement|decision)\s+(?:announced|made|pledged|unveiled)\s+(?:\w+\s+)?by\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PassiveGiverLeft();

    [GeneratedRegex(@"\b(?:purchas(?:e|es|ed|ing)|buy(?:s|ing)?|bought|procur(?:e|es|ed|ing)|acquir(?:e|es|ed|ing)|order(?:s|ed|ing)?)\b[^.;]{0,120}\bfrom\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PurchasedFromLeft();

    [GeneratedRegex(@"\b(?:that|which)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeLeft();

    [GeneratedRegex(@"^['’]s?\s+(?:[\w-]+\s+){0,3}?(?:minister|secretary|ambassador|president|chancellor|government|ministry|envoy|foreign office|spokes(?:man|woman|person))\s+(?:(?-i:\p{Lu})[\w.-]*\s+){0,3}(?:has\s+)?(?:announced|pledged|promised|committed|unveiled)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfficialAnnouncesRight();

    [GeneratedRegex(@"^(?:\s*,[^,;]{1,60},)?\s+(?:has\s+|had\s+|have\s+)?(?:announced|unveiled|pledged|promised|set up|created|launched|approved)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnnouncedRight();

    [GeneratedRegex(@"(?:[$€£¥]|\d)[^,;]{0,30}?\s+(?:in|of)\s+(?:new\s+|additional\s+|further\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SumInLeft();

    [GeneratedRegex(@"\b(?:refurbished|produced|developed|built|made|manufactured|repaired|modernised|modernized|upgraded)\s+(?:jointly\s+|together\s+)?(?:with|by|in)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MakerLeft();

    [GeneratedRegex(@"\b(?:in\s+(?:close\s+)?(?:partnership|cooperation|coordination)\s+with|working\s+(?:closely\s+)?with|together\s+with)\s+[^,;()]{0,80}?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartnerLeft();

    /// <summary>
    /// The parties listed together with <paramref name="donor"/> ("Sweden and Norway", "Estonia, Latvia and
    /// Lithuania"), and whether each gives on its own ("each pledged $100 million", "donated by the United States,
    /// Germany and Romania") rather than jointly ("Germany, Denmark and the Netherlands will provide 40 tanks").
    /// </summary>
    public static (IReadOnlyList<PartyMatch> CoDonors, bool Separately) CoDonors(string text, Range sentence, IReadOnlyList<PartyMatch> parties, PartyMatch donor)
    {
        var i = parties.ToList().IndexOf(donor);
        if (i < 0) return ([], false);
        // "donated by the United States, Germany and Romania": a list of givers after "by" or "from" each gave their own.
        var separately = Each().IsMatch(text[sentence]) || DonorLeft().IsMatch(LeftOf(text, sentence, ListHead(text, parties, donor)));
        var list = new List<PartyMatch>();
        for (var j = i + 1; j < parties.Count && CoordinatedGivers(text, parties[j - 1], parties[j]); j++) list.Add(parties[j]);
        for (var j = i - 1; j >= 0 && CoordinatedGivers(text, parties[j], parties[j + 1]); j--) list.Add(parties[j]);
        return (list.Where(p => p.Party.Code != donor.Party.Code).DistinctBy(p => p.Party.Code).ToList(), separately);
    }

    /// <summary>
    /// Whether <paramref name="party"/> gave a sum of its own in the simple past right after it ("Germany pledged 300 million
    /// euros", "Australia on Tuesday committed an initial A$1 million", "India on Thursday extended a $1 billion line of credit"; not
    /// "Canada has committed over $2.4 billion", a running total).
    /// </summary>
    public static bool NamesOwnGift(string text, Range sentence, PartyMatch party) =>
        RightOf(text, sentence, party) is var right && OwnVerbSumRight().IsMatch(right) && PastGiftRight().IsMatch(right);

    [GeneratedRegex(@"^(?:['’]s)?\s+(?:(?-i:\p{Lu})[\p{L}.-]*\s+){0,6}?(?:on\s+(?-i:\p{Lu})\w+\s+)?(?:pledged|committed|promised|announced|gave|donated|allocated|offered|extended|granted)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastGiftRight();

    /// <summary>The office holder a quote is attributed to ("..." Trudeau said), if any.</summary>
    public static PartyMatch? QuotedSpeaker(string text, IReadOnlyList<PartyMatch> parties) =>
        parties.FirstOrDefault(p => p.Source == PartySource.OfficeHolder && SaidRight().IsMatch(text.AsSpan(p.End, Math.Min(RightWindow, text.Length - p.End))));

    [GeneratedRegex(@"^\s+(?:said|says|told|added)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SaidRight();

    /// <summary>Whether the parties of a list are joined by "and" ("Sweden, Finland and Norway"), not only by commas.</summary>
    public static bool JoinedByAnd(string text, IEnumerable<PartyMatch> list)
    {
        var members = list.ToList();
        return members.Count > 1 && And().IsMatch(text[members.Min(p => p.End)..members.Max(p => p.Start)]);
    }

    [GeneratedRegex(@"\band\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex And();

    /// <summary>
    /// The givers after <paramref name="donor"/> that each name their own sum, with the verb left out or a giving verb of
    /// their own: "Canada will lend C$5 billion, Japan approximately ¥471.9 billion and the United Kingdom £2.26 billion"
    /// and "Canada said it would provide C$60 million for drones, the Netherlands pledged 250 million euros for
    /// ammunition, and Belgium committed 150 million euros" give Japan and the United Kingdom, the Netherlands and
    /// Belgium, in order.
    /// </summary>
    public static IReadOnlyList<PartyMatch> GappedGivers(string text, Range sentence, IReadOnlyList<PartyMatch> parties, PartyMatch? donor, PartyMatch? recipient)
    {
        if (donor is null) return [];
        // "Sweden and Finland announced new packages, with Sweden pledging 7.1 billion crowns and Finland pledging 188
        // million euros": the givers' sums follow the donor's own naming with its sum.
        var anchor = parties.LastOrDefault(p => p.Party.Code == donor.Party.Code && p.Start >= donor.Start && OwnVerbSumRight().IsMatch(RightOf(text, sentence, p))) ?? donor;
        var givers = new List<PartyMatch>();
        var previousEnd = anchor.End;
        foreach (var p in parties.Where(p => p.Start > anchor.End && p.Party.Code != recipient?.Party.Code))
        {
            if (p.Start < previousEnd) continue;
            var between = text[previousEnd..p.Start];
            // "to Ukraine and Moldova 10 million euros": a party coordinated with the recipient receives too.
            if (recipient is not null && recipient.End <= p.Start && recipient.Start >= previousEnd && Coordination().IsMatch(text[recipient.End..p.Start]) && !text[recipient.End..p.Start].Contains(',')) break;
            if (givers.Count == 0 && !GapVerb().IsMatch(between)) return [];
            var right = RightOf(text, sentence, p);
            if (!GapJoinLeft().IsMatch(between) || !(SumRight().IsMatch(right) || OwnVerbSumRight().IsMatch(right)) || !GapSumBetween().IsMatch(between)) break;
            if (p.Party.Code != donor.Party.Code && givers.All(g => g.Party.Code != p.Party.Code)) givers.Add(p);
            previousEnd = p.End;
        }
        return givers;
    }

    [GeneratedRegex(@"\b(?:pledg(?:e|es|ed|ing)|gave|gives?|giving|promis(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|committ?(?:s|ed|ing)?|offer(?:s|ed|ing)?|contribut(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|lend|lends|lent|lending|grant(?:s|ed|ing)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GapVerb();

    [GeneratedRegex(@"(?:,\s*(?:and\s+|while\s+)?|\band\s+|\bwhile\s+)(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GapJoinLeft();

    /// <summary>The words from one giver to the next hold that giver's sum ("will lend C$5 billion, ").</summary>
    [GeneratedRegex(@"(?:[$€£¥]|\d)", RegexOptions.CultureInvariant)]
    private static partial Regex GapSumBetween();

    /// <summary>
    /// How many parties the list that <paramref name="party"/> is named in holds ("Côte d’Ivoire, Nigeria, Tanzania
    /// and Yemen": 4), 1 when it stands alone.
    /// </summary>
    public static int ListSize(string text, IReadOnlyList<PartyMatch> parties, PartyMatch party)
    {
        var i = parties.ToList().IndexOf(ListHead(text, parties, party));
        if (i < 0) return 1;
        var n = 1;
        while (i + n < parties.Count && Coordinated(text, parties[i + n - 1], parties[i + n])) n++;
        return n;
    }

    /// <summary>The first party of the list ("Germany, Denmark and the Netherlands") that <paramref name="party"/> is named in, else itself.</summary>
    public static PartyMatch ListHead(string text, IReadOnlyList<PartyMatch> parties, PartyMatch party)
    {
        var i = parties.ToList().IndexOf(party);
        if (i < 0) return party;
        return parties.Take(i + 1).Reverse().TakeWhile((p, k) => k == 0 || Coordinated(text, p, parties[i - k + 1])).Last();
    }

    /// <summary>
    /// The recipient of each of several sums when each names its own after "to" or "for" ("EUR 6.5 million in emergency
    /// aid to Türkiye and EUR 3.5 million to Syria"), in the sums' order; null unless every sum has one.
    /// </summary>
    public static IReadOnlyList<PartyMatch>? RecipientsOfSums(string text, IReadOnlyList<PartyMatch> parties, IReadOnlyList<(int Start, int End)> sums, int sentenceEnd)
    {
        if (sums.Count < 2) return null;
        var found = new List<PartyMatch>();
        foreach (var (sum, first, until) in FirstPartyAfterEachSum(parties, sums, sentenceEnd))
        {
            if (OwnRecipient(text, parties, sum, first, until) is not { } own) return null;
            found.Add(own);
        }
        return found.DistinctBy(p => p.Party.Code).Count() == found.Count ? found : null;
    }

    /// <summary>
    /// The recipient a sentence's first sum names right after it ("pledged €250 million on Monday to help Moldova pay for gas, as
    /// ministers met to prop up a country ... thrown into disarray by Russian strikes on Ukraine"), if it names one.
    /// </summary>
    public static PartyMatch? RecipientOfSum(string text, IReadOnlyList<PartyMatch> parties, IReadOnlyList<(int Start, int End)> sums, int sentenceEnd) =>
        sums.Count == 0 ? null : FirstPartyAfterEachSum(parties, sums, sentenceEnd).First() is var (sum, first, until) ? OwnRecipient(text, parties, sum, first, until) : null;

    private static PartyMatch? OwnRecipient(string text, IReadOnlyList<PartyMatch> parties, (int Start, int End) sum, PartyMatch? first, int until)
    {
        // "$3 billion in guarantees for World Bank loans": a body naming the instrument is no recipient of its own.
        if (first is null || !OwnRecipientBetween().IsMatch(text[sum.End..first.Start])
            || PartyGazetteer.IsBody(first.Party.Code) && InstrumentRight().IsMatch(text.AsSpan(first.End))) return null;
        // "500 million kroner to NATO's Comprehensive Assistance Package trust fund for Ukraine": the fund's beneficiary.
        return parties.FirstOrDefault(p => p.Start > first.End && p.Start < until && FundForBetween().IsMatch(text[first.End..p.Start])) ?? first;
    }

    /// <summary>For each sum, the first party named after it and before the next sum (or the sentence's end), and where that stretch ends.</summary>
    private static IEnumerable<((int Start, int End) Sum, PartyMatch? First, int Until)> FirstPartyAfterEachSum(
        IReadOnlyList<PartyMatch> parties, IReadOnlyList<(int Start, int End)> sums, int sentenceEnd)
    {
        for (var k = 0; k < sums.Count; k++)
        {
            var until = k + 1 < sums.Count ? sums[k + 1].Start : sentenceEnd;
            var sum = sums[k];
            yield return (sum, parties.FirstOrDefault(p => p.Start >= sum.End && p.Start < until), until);
        }
    }

    /// <summary>
    /// The giver of each of several sums when each names its own right after it ("including €355 million from the European
    /// Union and €110 million from France, and called on all donors to fill the $2.7 billion appeal"), in the sums' order, null
    /// for a sum without one; null unless two sums or more name distinct givers.
    /// </summary>
    /// <remarks>
    /// Or its own subject before it: "The European Union announced €355 million, Germany pledged €244 million and France,
    /// which co-hosted the meeting with Berlin and Brussels, committed €110 million" (sums that happen to add up are no
    /// total and parts then).
    /// </remarks>
    public static IReadOnlyList<PartyMatch?>? GiversOfSums(string text, IReadOnlyList<PartyMatch> parties, IReadOnlyList<(int Start, int End)> sums, int sentenceStart, int sentenceEnd)
    {
        if (sums.Count < 2) return null;
        if (RespectiveGivers(text, parties, sums, sentenceStart, sentenceEnd) is { } respective) return respective;
        var found = FirstPartyAfterEachSum(parties, sums, sentenceEnd)
            .Select(s => s.First is { } first && OwnGiverBetween().IsMatch(text[s.Sum.End..first.Start]) ? first : null).ToList();
        if (found.OfType<PartyMatch>().Count() < 2)
        {
            var before = sums.Select((sum, k) => parties.FirstOrDefault(p => p.Start >= (k == 0 ? sentenceStart : sums[k - 1].End) && p.End <= sum.Start
                && SubjectGiverBetween().IsMatch(text[p.End..sum.Start]))).ToList();
            // "the European Union committed €355 million, Germany €244 million and France €110 million", "Germany pledged 200 million
            // euros for Sudan, the Netherlands $50 million and Qatar $30 million": after a giver with its verb, a giver listed right
            // before each next sum gives it (the verb is left out).
            for (var k = 1; k < sums.Count; k++)
                if (before[k] is null && before[k - 1] is not null)
                    before[k] = parties.FirstOrDefault(p => p.Start >= sums[k - 1].End && p.End <= sums[k].Start
                        && GappedJoint().IsMatch(text[sums[k - 1].End..p.Start]) && string.IsNullOrWhiteSpace(text[p.End..sums[k].Start]));
            // "Britain would give an extra £1.2 billion by 2020, bringing its total to £2.3 billion, while John Kerry announced
            // $925 million in new aid from the United States": givers named before some sums and after others; a sum neither
            // names (the running total) is no one's package.
            // Only a giver named after some sum mixes the two readings: "Germany pledged 200 million euros, the Netherlands $50
            // million and Qatar $30 million" names each giver before its sum without a verb, which the giver named last covers.
            // "will give a combined $66.7m ..., with the Saudi share put at $40m and the Emirati share at $26.7m": two givers or more
            // named before their own sums leave the combined sum nobody's.
            found = before.Count(p => p is not null) >= 2 ? before : found.Any(p => p is not null) ? [.. found.Select((after, k) => after ?? before[k])] : found;
        }
        var givers = found.OfType<PartyMatch>().ToList();
        return givers.Count >= 2 && givers.DistinctBy(p => p.Party.Code).Count() == givers.Count ? found : null;
    }

    /// <summary>
    /// "her Estonian and Latvian counterparts, who pledged €10 million and €20 million respectively": as many givers listed
    /// before the sums as there are sums, each giving the sum of its rank.
    /// </summary>
    private static IReadOnlyList<PartyMatch?>? RespectiveGivers(string text, IReadOnlyList<PartyMatch> parties, IReadOnlyList<(int Start, int End)> sums, int sentenceStart, int sentenceEnd)
    {
        if (!Respectively().IsMatch(text[sums[^1].End..sentenceEnd])) return null;
        var listed = parties.Where(p => p.Start >= sentenceStart && p.End <= sums[0].Start).ToList();
        // The last run of parties joined by commas and "and" before the first sum, with a giving verb between it and the sum.
        var run = new List<PartyMatch>();
        for (var k = listed.Count - 1; k >= 0; k--)
        {
            if (run.Count > 0 && !ListJoint().IsMatch(text[listed[k].End..run[0].Start])) break;
            run.Insert(0, listed[k]);
        }
        return run.Count == sums.Count && run.DistinctBy(p => p.Party.Code).Count() == run.Count && RespectiveVerb().IsMatch(text[run[^1].End..sums[0].Start])
            ? run.Cast<PartyMatch?>().ToList() : null;
    }

    /// <summary>
    /// From one giver's sum to the next giver of a list that leaves the verb out: ", ", " and ", " for Sudan, the " (not " to Ukraine
    /// and ", which lists a second recipient).
    /// </summary>
    [GeneratedRegex(@"^(?:[^,;$€£¥]{0,40}?,)?\s*(?:and\s+)?(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GappedJoint();

    [GeneratedRegex(@"^\W{0,3}respectively\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Respectively();

    [GeneratedRegex(@"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListJoint();

    [GeneratedRegex(@"^[^.;]{0,60}?\b(?:pledged|committed|promised|gave|give|contributed|announced|offered|provided|provide|will\s+(?:give|provide|contribute|donate)|donated)\s+(?:(?:about|around|some|nearly|more\s+than|over|up\s+to)\s+)?\W?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RespectiveVerb();

    /// <summary>The sum a giver names as its own right after it ("the United States announcing nearly $64 million"), if any.</summary>
    public static EntityMention? OwnSumAfter(string text, PartyMatch giver, IEnumerable<EntityMention> sums) =>
        sums.FirstOrDefault(m => m.Start >= giver.End) is { } sum && SubjectGiverBetween().IsMatch(text[giver.End..sum.Start]) ? sum : null;

    /// <summary>From a giver to its own sum: " pledged ", ", which co-hosted the meeting with Berlin, committed ", ", represented by its UN
    /// ambassador, announced close to ", " will give another ",
    /// " announced on Tuesday that it would give ", " said a day later that it was adding ", " followed on Wednesday with a pledge of ",
    /// " alone promising ", " itself committed ", " separately announced ", " made the largest single offer, saying it would give ", " said a day later that it would lend the government another ";
    /// a giver's share or its own sum: "The Saudi share, $40 million", "with the Saudi share put at $40m and the Emirati share at $26.7m",
    /// "the Emirati foreign ministry said its $26.7 million"; " said it was releasing an initial ";
    /// " had on Thursday allocated ", " said its government would add ", ", whose cargo planes were among the first to land after
    /// the Oct. 8 quake, pledged ", " would put up a further ", " matched that with a ", " said it would spend ".</summary>
    [GeneratedRegex(@"^\s+(?:share|portion|contribution)(?:,|\s+(?:(?:is|was|being)\s+)?(?:(?:put|set|fixed|estimated|valued)\s+)?at)?\s+\W?$|^(?:\s+[\w-]+){0,3}\s+(?:said|says)\s+(?:that\s+)?(?:its|their)\s+(?:own\s+)?\W?$|^(?:,\s*(?:which|who|whose|represented|led|speaking|acting|through)\b(?:[^;.]|\.\s?\d)*?,)?\s+(?:(?:said|says|announced)(?:\s+(?:(?:late\s+)?on\s+\w+|a\s+day\s+later|later|earlier|separately|today|yesterday))?\s+(?:that\s+)?(?:it|they|(?:its|their)\s+(?:government|governments|cabinet|ministry))\s+|[^,;.]{0,60}?,\s*saying\s+(?:that\s+)?(?:it|they)\s+)?(?:(?:alone|itself|themselves)\s+)?(?:has\s+|have\s+|had\s+|will\s+|would\s+|was\s+|is\s+|were\s+|are\s+)?(?:also\s+|separately\s+)?(?:on\s+\p{Lu}\w+\s+)?(?:announced|pledged|allocated|allocates|allocating|committed|promised|contributed|offered|gave|give|giving|provide|provided|providing|announcing|pledging|committing|promising|offering|contributing|pledge|commit|contribute|announce|add|adds|added|adding|lend|lends|lent|lending|make|makes|made|making|spend|spending|release|releases|released|releasing|put\s+up|puts\s+up|matched\s+(?:that|this|it)\s+with\s+an?|followed(?:\s+(?:on\s+\w+|a\s+day\s+later))?\s+with\s+an?\s+(?:pledge|contribution|package|offer)\s+of)(?:\s+(?:the\s+)?(?:government|country|authorities|\p{Lu}[\p{L}-]+))?\s+(?:(?:an?\s+(?:additional|further|extra|initial)|another|more\s+than|over|about|nearly|some|up\s+to|close\s+to|almost|around|roughly)\s+)*\W?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectGiverBetween();

    /// <summary>From a sum to its own giver: " from ", " in humanitarian aid from ", " pledged by ".</summary>
    [GeneratedRegex(@"^[^,;]{0,40}?\b(?:from|by)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnGiverBetween();

    [GeneratedRegex(@"^(?:'s|’s)?[^,;]{0,60}\b(?:fund|facility|programme|program|package|mechanism)\s+for\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FundForBetween();

    /// <summary>From a sum to its own recipient: "in emergency humanitarian aid to ", " for ", " to help ", " for affected communities in ", " will support the response in ", " will help people in northwest ", " will support people inside ", " will address urgent needs in ".</summary>
    [GeneratedRegex(@"^[^,;]{0,60}?\b(?:to|for)\s+(?:(?:help|support|assist)\s+)?(?:the\s+)?(?:(?:people|population|populations) of\s+(?:the\s+)?)?(?:neighbouring\s+|neighboring\s+)?$|^\s*(?:will\s+)?(?:support|help|assist|benefit)\s+(?:the\s+)?$|^\s*(?:will\s+)?(?:support|help|assist|fund|address|meet|cover|reach)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:in|inside|within|across)\s+(?:the\s+)?(?:[\w-]+\s+)?$|^[^,;]{0,40}?\bfor\b[^,;]{0,60}\b(?:in|inside|within|across)\s+(?:the\s+)?$|^[^,;]{0,20}?\bto\s+(?:help|support|assist)\s+[^,;]{0,60}\bin\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnRecipientBetween();

    [GeneratedRegex(@"^['’]?s?\s+(?:loans?|lending|bonds?|guarantees?|programmes?|programs?|projects?|trust\s+funds?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InstrumentRight();

    [GeneratedRegex(@"\b(?:through|via)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChannelLeft();

    /// <summary>"the Summit on Peace in Ukraine hosted by Switzerland": the host of a meeting, not a party to the aid announced at it.</summary>
    [GeneratedRegex(@"\b(?:hosted|organi[sz]ed|convened|chaired)\s+by\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HostLeft();

    [GeneratedRegex(@"^\s*(?:,\s*which\s[^,;]{0,100},)?(?:\s+(?:armed forces|army|forces|military|troops)(?:\s+themselves)?)?\s+(?:has\s+|have\s+|had\s+|will\s+|is\s+to\s+)?(?:received|receives|receive)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReceivesRight();

    [GeneratedRegex(@"\bfrom\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourceLeft();

    [GeneratedRegex(@"^\s+(?:armed forces|army|forces|military|troops)\s+(?:themselves|itself)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnForcesRight();

    [GeneratedRegex(@"\b(?:give|gives|gave|giving|grant|grants|granted|send|sends|sent|sending|lend|lends|lent|lending|offer|offers|offered|hand|hands|handed|pay|pays|paid|promise|promises|promised|promising)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IndirectObjectLeft();

    [GeneratedRegex(@"\b(?:provide|provides|provided|providing|supply|supplies|supplied|supplying|equip|equips|equipped|equipping|furnish|furnishes|furnished)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProvidesLeft();

    [GeneratedRegex(@"^(?:['’]s?\s+(?:[\w-]+\s+){0,3}?)?\s*with\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProvidedWithRight();

    [GeneratedRegex(@"^\s+(?:(?:an?|another|further|additional|new|more|some|over|about|around|nearly|almost|up to|more than)\s+)*(?:[$€£¥]|\d|(?:US|USD|EUR|GBP|CAD|AUD|JPY)\b|package|tranche|loan|grant)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GivenThingRight();

    [GeneratedRegex(@"^(?:'s|’s)\s+(?:share|contribution|part|pledge)\b|^\s*,?\s*(?:which|who)\s+(?:is|are|will|has|have|would)?\s*(?:also\s+)?(?:be\s+)?(?:contribut|add|provid|giv|pledg|donat|send|commit|offer|pay|put)\w*|^\s+(?:(?:said|says)\s+(?:it|they)\s+)?(?:will|would|is|are|has|have|intends\s+to|intend\s+to|plans\s+to|is\s+going\s+to)\s+(?:also\s+)?(?:add|contribut|provid|giv|pledg|donat|send|commit|offer|pay|put|supply|deliver)\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GiverRight();

    [GeneratedRegex(@"^\s+(?:(?:has|have|had|will|also|today|on\s+\p{Lu}\w+)\s+)*(?:announced|announces|pledged|pledges|unveiled|unveils|promised|promises|(?:will|intends\s+to|intend\s+to|plans\s+to|plan\s+to|is\s+going\s+to|are\s+going\s+to)\s+(?:provide|give|contribute|donate|send))\s+(?:(?:a|an|another|the|new|additional|further|fresh|more than|over|about|nearly|up to)\s+)*(?:[$€£¥]|\d|(?:US|USD|EUR|GBP|CAD|AUD|JPY|NOK|SEK|DKK|PLN|CHF|C|A)\$?\s?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex AnnouncerRight();

    [GeneratedRegex(@"\b(?:welcom(?:e|es|ed|ing)|applaud(?:s|ed|ing)?|commend(?:s|ed|ing)?|prais(?:e|es|ed|ing)|salut(?:e|es|ed|ing)|appreciat(?:e|es|ed|ing))\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WelcomedLeft();

    [GeneratedRegex(@"^(?:'s|’s)\s+(?:(?:recent|new|latest|generous|additional|further|important|significant)\s+)*(?:announcement|pledge|decision|commitment|contribution|donation|offer|plans?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WelcomedPledgeRight();

    /// <summary>A sum right after a giver, also after an apposition ("and the host, France, €110 million").</summary>
    [GeneratedRegex(@"^\s*,?\s+(?:(?:about|around|approximately|roughly|nearly|almost|some|over|up to|more than|another|a further|an additional)\s+)?(?:[$€£¥]|\d|(?:US|USD|EUR|GBP|CAD|AUD|JPY|NOK|SEK|DKK|PLN|CHF)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SumRight();

    /// <summary>From a subject into a clause about it, up to a party named there: ", which co-hosted the meeting with ".</summary>
    [GeneratedRegex(@"^\s*,\s*(?:which|who)\s[^,;()]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeClauseBetween();

    /// <summary>
    /// "the Netherlands pledged 250 million euros", "Belgium will contribute €150 million", "German Foreign Minister Annalena
    /// Baerbock announced €244 million", "France itself committed 100 million euros", "France, which hosted the meeting,
    /// announced EUR 100mn": a giver with a verb and a sum of its own (a title and name, or a clause about it, may come between).
    /// </summary>
    [GeneratedRegex(@"^(?:\s*,\s*(?:which|who)\b[^,;]{1,60},)?(?:['’]s)?\s+(?:(?-i:\p{Lu})[\p{L}.-]*\s+){0,6}?(?:on\s+(?-i:\p{Lu})\w+\s+)?(?:(?:said it|says it|has|have|will|would|also|itself|themselves|is to|are to)\s+)*(?:pledg(?:e|es|ed|ing)|committ?(?:s|ed|ing)?|promis(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|offer(?:s|ed|ing)?|contribut(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|add(?:s|ed|ing)?|gives?|gave|giving|lends?|lent|lending|extend(?:s|ed|ing)?|grant(?:s|ed|ing)?)\s+(?:(?:a|an|another|a further|an additional|an initial|about|around|approximately|roughly|nearly|almost|some|over|up to|more than)\s+)?(?:[$€£¥]|\d|(?:US|USD|EUR|GBP|CAD|AUD|JPY|NOK|SEK|DKK|PLN|CHF|C|A)\$?\s?\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnVerbSumRight();

    /// <summary>"following the financing model pioneered by Denmark": who first did something, named as context, not a party to this aid.</summary>
    [GeneratedRegex(@"\b(?:pioneered|developed|designed|invented|championed|first used)\s+by\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OriginatorLeft();

    /// <summary>"as NATO defence ministers met in Brussels", "when G7 leaders gathered": the occasion of an announcement, not a party to it.</summary>
    [GeneratedRegex(@"\b(?:as|when|while|where|after|before)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OccasionLeft();

    [GeneratedRegex(@"^(?:'s|’s)?\s+(?:[\w-]+\s+){0,3}?(?:met|meet|meets|meeting|gathered|gather|gathers|convened|convene|convenes)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeetRight();

    /// <summary>
    /// Whether the party is the subject after a short opening adverbial ("Hours later the United Arab Emirates said",
    /// "Separately, Japan announced", "On Tuesday, the World Bank said"): a subject all the same, though not the first word.
    /// </summary>
    public static bool OpensAfterAdverbial(string text, Range sentence, PartyMatch p) =>
        text[sentence.Start.GetOffset(text.Length)..p.Start] is var left && left.Length <= LeftWindow && AdverbialSubjectLeft().IsMatch(left);

    [GeneratedRegex(@"^\W*(?:(?:hours|days|minutes|weeks|a\s+day|a\s+week|two\s+days|shortly|soon)\s+later|later|separately|meanwhile|elsewhere|in\s+addition|earlier|(?:late\s+|early\s+)?on\s+\p{Lu}\w+(?:\s+\w+)?|the\s+same\s+day|on\s+the\s+same\s+day|in\s+a\s+(?:separate\s+)?statement|for\s+its\s+part)\s*,?\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdverbialSubjectLeft();

    /// <summary>Whether <paramref name="p"/> is named right after "in" or "at" ("Donors meeting in Kuwait"): where something happens.</summary>
    public static bool FollowsInOrAt(string text, Range sentence, PartyMatch p) => InOrAtLeft().IsMatch(LeftOf(text, sentence, p));

    /// <summary>Whether <paramref name="p"/> is named as where a disaster or an attack fell ("earthquakes struck western Afghanistan").</summary>
    public static bool IsStruckPlace(string text, Range sentence, PartyMatch p) => StruckLeft().IsMatch(LeftOf(text, sentence, p));

    /// <summary>"the earthquakes that struck southern Türkiye": where a disaster or an attack fell, named as context.</summary>
    [GeneratedRegex(@"\b(?:struck|hit|devastated|ravaged|swept|battered|flooded)\s+(?:(?:southern|northern|eastern|western|central|south-eastern|north-western|south-western|north-eastern|parts of|much of|large parts of)\s+)?(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StruckLeft();

    /// <summary>"on the sidelines of NATO defence ministers' talks": the occasion, not a party.</summary>
    [GeneratedRegex(@"\b(?:on|at|in)\s+the\s+(?:sidelines|margins|margin|fringes?)\s+of\s+(?:the\s+|a\s+|an\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SidelinesLeft();

    /// <summary>"at the meeting in Brussels", "talks in Washington": a capital after "in" or "at" is where, not who.</summary>
    [GeneratedRegex(@"\b(?:in|at)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InOrAtLeft();

    /// <summary>The words of the sentence just before <paramref name="p"/>, as far back as the cues look.</summary>
    private static string LeftOf(string text, Range sentence, PartyMatch p) => text[Math.Max(sentence.Start.GetOffset(text.Length), p.Start - LeftWindow)..p.Start];

    /// <summary>The words of the sentence just after <paramref name="p"/>, as far on as the cues look.</summary>
    private static string RightOf(string text, Range sentence, PartyMatch p) => text[p.End..Math.Min(sentence.End.GetOffset(text.Length), p.End + RightWindow)];

    /// <summary>Whether <paramref name="b"/> is listed right after <paramref name="a"/> ("Sweden and Norway"); overlapping mentions are not.</summary>
    private static bool Coordinated(string text, PartyMatch a, PartyMatch b) => a.End <= b.Start && Coordination().IsMatch(text[a.End..b.Start]);

    /// <summary>
    /// Givers listed together, also around an aside: "The United States, subject to Congressional notification, and Japan, with
    /// support from Japanese industry, intend to provide at least $8 million".
    /// </summary>
    private static bool CoordinatedGivers(string text, PartyMatch a, PartyMatch b) =>
        Coordinated(text, a, b) || a.End <= b.Start && AsideThenAnd().IsMatch(text[a.End..b.Start]);

    [GeneratedRegex(@"^\s*,\s*(?:subject\s+to|pending|with|through|via|in\s+(?:partnership|cooperation|coordination)\s+with)\b[^,;:()$€£\d]{1,60},\s*and\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsideThenAnd();

    [GeneratedRegex(@"\beach\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Each();

    [GeneratedRegex(@"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Coordination();

    [GeneratedRegex(@"\b(?:against|invaded by|attacked by|war with|recover from|recovering from|resistance from|opposition from|objections from|vetoed by|blocked by|defend (?:itself|themselves) from|protect(?:ion)? from|defen[cs]e against)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdversaryLeft();

    /// <summary>"during her trip to Warsaw, Poland", "in Kyiv, Ukraine", "instructors stationed in the United Kingdom", "in refugee camps
    /// across the border in Chad": a place where something happens, not a party.</summary>
    [GeneratedRegex(@"(?:\brefugee\s+camps?\s+(?:[\w-]+\s+){0,4}?in\s+(?:neighbouring\s+|neighboring\s+)?$|\bacross\s+the\s+border\s+in\s+$|\b(?:trip|visit|travel(?:s|led|ling|ed|ing)?|journey|tour|stop|flew|flight|arrival)\s+(?:to|in|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?,\s+)?|\b(?:in|at)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?,\s+|\b(?:border|borders|frontier)\s+with\s+(?:the\s+)?|\b(?i:personnel|troops|soldiers|instructors|trainers|officers|stationed|based|deployed)\s+in\s+(?:the\s+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceLeft();

    /// <summary>"the impacts of Russia's war in Ukraine", "following Russia's invasion of Ukraine": the theatre of a war, named as context.</summary>
    [GeneratedRegex(@"\b(?:war|invasion|conflict|fighting|hostilities)\s+(?:in|of|on)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WarTheatreLeft();

    /// <summary>"Ukraine Security Assistance Initiative", "Ukraine Defense Contact Group", "Hungary Helps Programme", "NATO summit": a name or an occasion, not a party.</summary>
    [GeneratedRegex(@"^(?:(?-i:\s+(?:\p{Lu}[\p{L}-]+\s+){1,3}(?:Programme|Program|Initiative|Fund|Facility))\b|\s+(?:Security|Defen[cs]e|Recovery|Reconstruction|Assistance|Contact|Compact|Support|Energy|Freedom|Democracy|Development|Humanitarian|Relief|Trust|Investment|Solidarity|Ammunition|Munitions|Drones?|Artillery|Capability)\b(?:\s+\p{Lu}[\p{L}-]+){0,3}\s+(?:Initiative|Group|Conference|Fund|Facility|Compact|Council|Forum|Act|Program|Programme|Platform|Coalition|Mechanism|Office)\b|\s+Joint\s+(?:Declaration|Statement|Communiqu[eé])\b|[\s-]+(?:summit|meeting|ministerial|conference|forum|headquarters|talks|gathering|leaders'? (?:summit|meeting)|supplemental|supplementary|appropriations?|funds)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProgrammeNameRight();

    [GeneratedRegex(@"^(?:'s|’s)?[\s-]*(?:invasion|aggression|attacks?|strikes?|offensive|occupation|occupied|bombardment|shelling|assets|central bank|missile strikes|drones? attacks?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoRoleRight();

    [GeneratedRegex(@"^\s*(?:the\s+)?$|^\s*(?:on\s+\w+,?\s+)?(?:the\s+)?(?:government of|governments of|leaders of|parliament of)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectLeft();

    [GeneratedRegex(@"\b(?:to|for|towards|toward|into|in support of|arrived in|reached|landed in|delivered to|bound for)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecipientLeft();

    [GeneratedRegex(@"\b(?:provide|provides|providing|provided|give|gives|giving|gave|supply|supplies|supplying|supplied|send|sends|sending|sent|offer|offers|offered|lend|lends|lent|arm|arming|equip|equipping|help|helps|helping|support|supports|supporting|hand|hands|handed|promise|promises|promised|grant|granted|extend|extended|train|trains|training|trained|assist|assisting|fund|funding|finance|financing)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GiveVerbLeft();

    [GeneratedRegex(@"^(?:'s|’s)?\s+(?:\w+\s+){0,3}?(?:receive[sd]?|receiving|get|gets|got|secured|thanked|thanks|thanking|welcomed|welcomes|expressed (?:his |her |their )?(?:gratitude|appreciation)|took delivery|taken delivery|takes delivery|been promised|was promised|is promised|were promised|obtained)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReceiveRight();

    [GeneratedRegex(@"^(?:'s|’s)?\s+(?:armed forces|army|military|air force|navy|troops|soldiers|pilots|forces|government|budget|energy|power grid|grid|reconstruction|recovery|defen[cs]es?|brigades?|crews|refugees|farmers|economy|sappers|recruits|units|cities|hospitals|border guard|frontline|front line|people|civilians)\b(?!\s+(?:aid|assistance|support|funding|package|help)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecipientNounRight();

    [GeneratedRegex(@"\b(?:from|by|thanked|thanks|thanking|grateful to|gratitude to)\s+(?:the\s+)?(?:people of\s+(?:the\s+)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DonorLeft();

    /// <summary>"in US military assistance", "German air-defence aid": the party qualifies the aid, so it gives it.</summary>
    [GeneratedRegex(@"^(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:aid|assistance|funding|loans?|grants?|weapons|arms)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AidNounRight();

    [GeneratedRegex(@"^(?:'s|’s)?\s+(?:[\w-]+\s+){0,4}?(?:said|says|will|would|is|was|announced|announces|unveiled|pledged|pledges|promised|promises|committed|commits|agreed|agrees|approved|approves|offered|offers|to send|to give|to provide|to supply|plans|intends|decided|delivered|delivers|handed|donated|donates|sent|sends|gave|provided|provides|completed|transferred|shipped|signed|disbursed|paid)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DonorVerbRight();

    [GeneratedRegex(@"^\s+(?:Chancellor|Prime Minister|President|Defen[cs]e Minister|Foreign Minister|Finance Minister|government|defen[cs]e ministry|foreign ministry|officials|parliament|cabinet|Secretary)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeRight();
}

/// <summary>The role cues around one party in a sentence (see <see cref="PartyRoles.Cues"/>).</summary>
public readonly record struct RoleCues(
    bool Adversary, bool Place, bool ProgrammeName, bool AtStart, bool RecipientLeft, bool GiveVerbLeft, bool ReceiveRight,
    bool RecipientNounRight, bool DonorLeft, bool AidNounRight, bool DonorVerbRight, bool OfficeRight)
{
    /// <summary>An aggressor, a place or part of a name: the rules give it no role.</summary>
    public bool NoRole => Adversary || Place || ProgrammeName;
}

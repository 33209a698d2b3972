using System.Globalization;
using Microsoft.Extensions.Options;
using NewsWatch.Common;
using NewsWatch.Entities.Amounts;
using NewsWatch.Entities;
using NewsWatch.Entities.People;

namespace NewsWatch.Events;

/// <summary>
/// Finds the aid announcements in one article: classifies each sentence, fills the slots of the pledge
/// and delivery sentences from the article's entity mentions, borrows a donor or recipient from nearby
/// sentences when a sentence names only one ("The package includes 155mm rounds"), and folds the
/// sentences that describe one package into one candidate, so an article never yields duplicates.
/// </summary>
public sealed class AidEventExtractor(AidSentenceClassifier classifier, PartyRoleRanker roles, IOptions<EventsOptions> options, TimeProvider time, OfficeHolders? holders = null)
{
    /// <summary>How many sentences back a sentence without a donor or recipient may borrow one.</summary>
    internal const int BorrowDistance = 3;

    /// <summary>
    /// How sure the classifier must be of a sentence that announces new aid without a sum, item or count, and names its
    /// giver or speaks in the first person ("Today, I am announcing another package of security assistance"); "every few
    /// weeks a Western capital announces a new package" names no giver.
    /// </summary>
    private const float SureAmountless = 0.5f;

    /// <summary>Below this a sum "a month" or "/week" is a price; above it ("$1.45 billion a year") it is yearly aid.</summary>
    private const decimal MaxPrice = 10_000m;

    /// <summary>The share of recipient mentions one party needs to be the article's recipient (chosen on the wh-ukraine dev split).</summary>
    private const double MainRecipientShare = 0.6;

    /// <summary>How many days before the article relief may have arrived or money been paid out and still be its news ("landed on
    /// Friday" in Sunday's paper, "a day earlier, on Thursday, the World Bank said it had disbursed").</summary>
    private const int MaxReportLagDays = 2;

    /// <summary>The countries whose own currency is written with a bare "$" at home.</summary>
    private static readonly Dictionary<string, string> DollarCurrencies = new(StringComparer.Ordinal)
    {
        ["AU"] = "AUD", ["CA"] = "CAD", ["NZ"] = "NZD", ["SG"] = "SGD", ["HK"] = "HKD",
    };

    /// <summary>How far left of a date "since" is looked for.</summary>
    private const int SinceWindow = 12;

    /// <summary>How far left of a date its clause is read for what happened on that day.</summary>
    private const int BackgroundWindow = 100;

    /// <summary>How many sentences open an article with its news (the lede), whatever day they give it.</summary>
    private const int LedeSentences = 2;

    /// <summary>How many sentences after "announced two new tranches" its numbered packages may stand (each may have a list of items).</summary>
    private const int CountedPackagesReach = 8;

    /// <summary>A recipient named in a list this long is one of a region's countries.</summary>
    private const int MinRegionalList = 3;

    private readonly EventsOptions _options = options.Value;
    private readonly SentenceParties _parties = new(holders);

    public IReadOnlyList<AidEventCandidate> Extract(ArticleForEvents article, IReadOnlyList<EntityMention> mentions)
    {
        var text = article.Text;
        var published = DateOnly.FromDateTime((article.PublishedAt ?? time.GetUtcNow()).UtcDateTime);
        var ordered = mentions.Where(m => m.Start >= 0 && m.End <= text.Length && m.Start < m.End).OrderBy(m => m.Start).ToList();
        var isCorrection = false;
        var frames = new List<AidFrame>();
        var recipientVotes = new Dictionary<string, (AidParty Party, int Votes)>();
        var donorVotes = new Dictionary<string, (AidParty Party, int Votes)>();
        var crowdRecipients = new List<(int Sentence, AidParty Party)>();
        // "since earthquakes struck western Afghanistan at the weekend": where the disaster fell, for stories that name no recipient.
        var struckVotes = new Dictionary<string, (AidParty Party, int Votes)>();
        var sentences = SentenceSplitter.Split(text);
        // Read once: whether the article writes "US$" for American money (then a giver's bare "$" is its own).
        var marksUsDollars = text.Contains("US$", StringComparison.Ordinal);
        var questions = ReporterQuestions.Find(text);
        // The sums the officials name: a reporter's figure they confirm ("Q ... you guys sent $40 billion to Ukraine" / "MR.
        // SULLIVAN: Oh, the $40 billion.") is news told in the question's words.
        var officialSums = questions.Count == 0 ? [] : ordered.Where(m => IsSum(m) && !ReporterQuestions.Asks(questions, m.Start))
            .Select(m => (m.Value!.Amount, m.Value.Currency)).ToHashSet();
        var cursor = 0;
        (int Sentence, DateOnly Day)? decided = null;
        // "The assistance includes:" followed by bullets: each bullet is a part of the package just named.
        var inPartsList = false;
        var inAnnouncedList = false;
        // "The request includes $61.4 billion ... This includes:" and its bullets: the parts of a request ask for money, they give none.
        var requestedList = false;
        var previousAsks = false;
        var sentenceSums = new List<(int Sentence, EntityValue Amount)>();
        // The sentence that last announced a number of separate packages ("announced two new tranches").
        var counted = int.MinValue / 2;
        // The last sentence whose sum went to a list of countries, which its shares may split after it.
        var regionalSum = int.MinValue / 2;
        var bullets = new bool[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var span = sentences[i];
            var sentence = text[span];
            bullets[i] = SentenceCues.IsBullet(sentence);
            isCorrection |= SentenceCues.IsCorrection(sentence);
            var listedPart = inPartsList && (bullets[i] || SentenceCues.IsLabelledSumLine(sentence));
            var opensList = SentenceCues.IntroducesPartsList(sentence);
            inPartsList = opensList || listedPart;
            // "the Secretary announced the following new assistance:" then "Humanitarian demining: $90.5 million in new funding
            // ...": each line of the list is announced, whatever it reads like on its own.
            var announcedItem = inAnnouncedList && (bullets[i] || SentenceCues.IsLabelledLine(sentence));
            // "... Blinken today ... announced new American assistance to help Ukraine ...." and then "• Humanitarian assistance: $206
            // million, ...": bullets right after an announcement of new aid list it, colon or not.
            inAnnouncedList = SentenceCues.AnnouncesList(sentence) || announcedItem
                || !bullets[i] && i + 1 < sentences.Count && SentenceCues.IsBullet(text[sentences[i + 1]]) && SentenceCues.AnnouncesNewAid(sentence);
            // Sentences and mentions are both in text order, so one forward pass finds each sentence's mentions.
            var (start, end) = (span.Start.Value, span.End.Value);
            while (cursor < ordered.Count && ordered[cursor].Start < start) cursor++;
            var inSentence = new List<EntityMention>();
            for (var k = cursor; k < ordered.Count && ordered[k].Start < end; k++)
                if (ordered[k].End <= end) inSentence.Add(ordered[k]);
            var parties = _parties.Find(text, span, inSentence, published);
            var (donor, recipient) = roles.Assign(text, span, parties);
            (donor, recipient, var coGiver) = PartyRoles.Settle(text, span, parties, donor, recipient);
            (donor, recipient, var lineGiver) = SentenceGivers.ApplyGrammar(text, span, parties, [.. inSentence.Where(IsSum)], donor, recipient, announcedItem);
            // Every sentence's sums, whatever becomes of the sentence: the parts of a total named just before may read as recaps.
            sentenceSums.AddRange(LocalDollars(text, sentence, inSentence, donor?.Party, article.Publisher, marksUsDollars, published)
                .Where(IsSum).Select(m => (i, m.Value!)));
            // "after meeting in Tel Aviv with Prime Minister Benjamin Netanyahu ..., I am announcing $100 million": the speaker
            // announces, not the country met.
            if (donor is not null && article.Publisher is { } speakerCountry && donor.Party.Code != speakerCountry.Code && recipient?.Party.Code != speakerCountry.Code
                && SentenceCues.AnnouncesInFirstPerson(text[donor.End..end])) donor = null;
            var prediction = classifier.Classify(sentence);
            var budgets = SentenceCues.DiscussesOrBudgets(sentence);
            var asks = prediction.Label == AidSentenceLabel.Appeal || budgets || SentenceCues.NamesRequest(sentence);
            // "U.S. security assistance committed to Ukraine has included, among other items:": the list recalls.
            if (opensList) requestedList = asks || previousAsks || SentenceCues.IntroducesRecapList(sentence);
            previousAsks = asks;
            if (listedPart && requestedList) continue;
            // "affected by the clashes that broke out on 15 April": the day of what the aid answers, not of the announcement.
            var dates = inSentence.Where(m => m.Type == EntityType.Date && !SentenceCues.IsBackgroundDate(text[Math.Max(start, m.Start - BackgroundWindow)..m.Start])
                && !SentenceCues.OwnsBackgroundEvent(text[m.End..Math.Min(end, m.End + BackgroundWindow)])).ToList();
            var date = DateIn(dates, published);
            // "A Qatari air force plane loaded with tents ... landed in Khost on Friday": relief brought in within the last days is
            // delivered by the carrier's country, to the place it reached.
            var arrival = inSentence.Any(IsSum) || date is not { } arrivedOn || arrivedOn > published || published.DayNumber - arrivedOn.DayNumber > MaxReportLagDays
                ? null : SentenceCues.AidArrival(sentence);
            // Without a giver of its own the arrival is no news of a delivery ("aid trucks entered Gaza"), and the roles stand.
            if (arrival is { } arrived)
            {
                if (ArrivalParties.Read(text, start, sentence, arrived, parties, recipient) is { } roles) (donor, recipient) = roles;
                else arrival = null;
            }
            Vote(recipientVotes, recipient);
            // "World leaders pledged more than $10 billion ... to help Syrians. ... Norway pledged about 10 billion crowns": the
            // crowd's recipient is that of the givers named after it, however the classifier reads the crowd's sentence.
            var crowd = SentenceCues.CollectiveGiverEnd(sentence);
            if (recipient is not null && crowd >= 0) crowdRecipients.Add((i, recipient.Party));
            Vote(donorVotes, donor);
            foreach (var p in parties.Where(p => PartyRoles.IsStruckPlace(text, span, p))) Vote(struckVotes, p);
            // A reporter's question alone announces nothing, unless an official names its sum too.
            if (ReporterQuestions.Asks(questions, start) && !inSentence.Any(m => IsSum(m) && officialSums.Contains((m.Value!.Amount, m.Value.Currency)))) continue;
            if (arrival is null && donor is null && !inSentence.Any(IsSum) && SentenceCues.CountsCrossings(sentence)) continue;
            // "PRESIDENT BIDEN: ... And I want to thank you, Mr. Prime Minister, for the new package of military aid you recently
            // announced": the one addressed gives, not the speaker nor the publisher; a sentence that neither names that giver
            // nor addresses a principal of the transcript by title credits nobody.
            if ((donor is null || donor.Party.Code == article.Publisher?.Code) && SentenceCues.CreditsAddressee(sentence))
            {
                if (holders is null || TranscriptSpeakers.Addressee(text, start, sentence, holders, published) is not { } addressee
                    || addressee.Code == recipient?.Party.Code) continue;
                // The addressee is named by title, not by a mention: an empty match at the sentence's start stands for it.
                donor = new PartyMatch(addressee, start, start, PartySource.OfficeHolder);
            }
            // "Last June, G7 leaders committed $50 billion": a sentence dated to a day or month well before the article,
            // and not to one of its days, recalls an earlier announcement ("I hereby determine ... to meet the needs of
            // Afghans who have crossed into Pakistan since August 2021" is done now, whatever dates it names).
            // The classifier hears a recap in "our biggest tranche to date" or "bringing the total"; an announcement in so many
            // words overrules that reading (only that one: what it finds no aid at all stays so).
            var hasSum = inSentence.Any(IsSum);
            if (SentenceCues.AnnouncesCountedPackages(sentence)) counted = i;
            var numbered = hasSum && i > counted && i - counted <= CountedPackagesReach && SentenceCues.OpensWithOrdinalPart(sentence);
            // "The European Union paid 4.5 billion euros to Ukraine on Wednesday, the first money to flow from a facility that
            // leaders agreed last month": money handed over on the day it is reported (or a day or two before), or one instalment of it, is news.
            var paidNow = hasSum && (date is { } paidOn && paidOn <= published && published.DayNumber - paidOn.DayNumber <= MaxReportLagDays && dates.Count > 0
                && SentenceCues.ReportsPayment(sentence) || SentenceCues.ReportsInstalment(sentence));
            // Shares of a sum named before ("Of this amount, ..."), and whether that sum's package is near: computed once, as no frame is
            // added between here and the last use below.
            var opensWithShare = SentenceCues.OpensWithShareOf(sentence);
            var sharesOfPackage = opensWithShare && frames.Any(g => g.Amount is not null && !g.IsRecap && i - g.Index <= BorrowDistance);
            // "On Taiwan, yesterday, the president announced the largest-ever military drawdown for Taiwan": the publisher's official
            // announcing aid to a named recipient on the day or the day before is news, however the classifier reads a briefing.
            var officialNow = recipient is not null && SentenceCues.OfficialAnnouncesAid(sentence, out var justNow) && (justNow || OnDayOrDayBefore(date, published));
            var inSoManyWords = officialNow || numbered || arrival is not null || prediction.Label == AidSentenceLabel.PastMention && SentenceCues.AnnouncesInSoManyWords(sentence)
                || hasSum && (SentenceCues.IsPerformative(sentence) || donor is not null && parties.Any(p => p.Party.Code == donor.Party.Code && SentenceCues.PledgesOwnSum(text[p.End..end], sentence))) || SentenceCues.PresentsAidPackage(sentence)
                || hasSum && date is null && SentenceCues.IsNewPackageHeading(sentence)
                || hasSum && donor is not null && (date is null || OnDayOrDayBefore(date, published)) && (SentenceCues.GivesNewSum(sentence) || SentenceCues.BoardApprovesSum(sentence))
                || date == published && SentenceCues.DecidesNewPackage(sentence) || hasSum && (date is null || date == published) && SentenceCues.DecidesToGive(sentence)
                || paidNow || hasSum && announcedItem || hasSum && date is not null && SentenceCues.SignsAidAgreement(sentence)
                // "announce the following new contributions to Ukraine's air defense: - Germany will provide a further Patriot
                // system; - Romania will donate a Patriot system ...": each giver opening a line of the list gives its own.
                || lineGiver is not null && donor == lineGiver
                || recipient is not null && SentenceCues.DecidesInFirstPerson(sentence)
                || hasSum && (SentenceCues.OfficialPledgesSum(sentence, recipient is not null) || SentenceCues.NamesNewSumInFirstPerson(sentence) || SentenceCues.ReleasesByReview(sentence) || SentenceCues.WelcomesAnnouncedSum(sentence))
                // "BRUSSELS, March 17 - Germany pledged 300 million euros in fresh humanitarian aid for Syria on Monday": a giver's
                // own verb and sum on the day of the news or the day before is the news.
                || hasSum && OnDayOrDayBefore(date, published) && donor is not null
                    && parties.Any(p => p.Party.Code == donor.Party.Code && PartyRoles.NamesOwnGift(text, span, p))
                // "The Government has decided to provide USD 5 million to Türkiye ... In addition, USD 500,000 will be provided to
                // Syria": a sum added right after an announcement is announced with it.
                || hasSum && SentenceCues.AddsToAnnouncement(sentence) && frames.LastOrDefault() is { IsRecap: false } previous && previous.Index == i - 1
                    && previous.Prediction.EventProbability >= _options.MinSentenceProbability
                // "Canada is providing $30 million ... Of this amount, $20 million will support the response in Türkiye ... and $10
                // million will help people in northwest Syria": the shares of a sum just announced are announced with it.
                || hasSum && sharesOfPackage
                    && PartyRoles.RecipientsOfSums(text, parties, [.. inSentence.Where(IsSum).Select(m => (m.Start, m.End))], end) is not null;
            // "Of this amount, $157 million will support programs in Bangladesh ..., and $42 million will address urgent needs in Burma,
            // where renewed fighting ... since November 2023": the shares of a package just announced are as new as it is, whatever
            // else the sentence dates.
            var isRecap = !(hasSum && sharesOfPackage) && (prediction.EventProbability < _options.MinSentenceProbability && prediction.Label == AidSentenceLabel.PastMention && !inSoManyWords
                || date is null && !SentenceCues.IsPerformative(sentence) && (EndsBefore(StaleCandidates(dates, text, start, prediction, hasSum), published.AddDays(-_options.MaxAnnouncementAgeDays), published) || SentenceCues.SpansEarlierYear(sentence, published.Year))
                || inSentence.Count(IsSum) == 1 && SentenceCues.OpensWithRunningTotal(sentence)
                || (SentenceCues.RecallsEarlierAnnouncement(sentence) || i >= LedeSentences && SentenceCues.SaysLastWeek(sentence)) && !SentenceCues.ReportsTodaysDelivery(sentence) && !paidNow && !announcedItem && !SentenceCues.IsAnnouncingNow(sentence) || !hasSum && SentenceCues.SetsBesideEarlier(sentence));
            // A recap's day is another package's: it lends nothing to the sentences after it.
            if (date is not null && !isRecap && SentenceCues.NamesDecision(sentence)) decided = (i, date.Value);
            // "... new funding, announced in Brussels on June 4. The Netherlands has set aside €300 million": a sentence
            // without a day of its own goes on describing the decision dated just before it.
            if (!isRecap) date ??= decided is { } d0 && i - d0.Sentence <= BorrowDistance ? d0.Day : null;
            // "Today the Government is presenting its fifteenth support package to Ukraine. The package is worth SEK 7.1
            // billion": the sum of the package just announced without one, however the sentence reads on its own.
            // "Today we are presenting the twenty-third donation package. It contains DKK 1.7 billion for military equipment
            // ... and DKK 300 million for humanitarian needs": each sum it contains is the package's too.
            var contains = SentenceCues.StatesPackageContents(sentence);
            // "KSrelief today signed an agreement and a memorandum of understanding. The first, a joint programme ..., is worth
            // $100 million": a numbered part of what was just announced without a sum is worth its sum.
            if ((contains || SentenceCues.StatesPackageWorth(sentence) || SentenceCues.OpensWithOrdinalPart(sentence)) && frames.LastOrDefault() is { IsRecap: false, Amount: null } announced && i - announced.Index <= BorrowDistance
                && LocalDollars(text, sentence, inSentence, announced.Donor, article.Publisher, marksUsDollars, published).Where(IsSum).ToList() is { Count: > 0 } sums)
            {
                foreach (var worth in contains ? WithoutConversions(text, sums) : sums.Take(1))
                    frames.Add(new AidFrame(i, sentence, announced.Prediction)
                    {
                        // "Lithuania has delivered a new batch ... The value of the delivered batch is EUR 12 million": the worth of what was announced, pledged or handed over.
                        Measure = announced.Measure,
                        Donor = announced.Donor,
                        Recipient = announced.Recipient,
                        DonorInSentence = announced.DonorInSentence,
                        RecipientInSentence = announced.RecipientInSentence,
                        Amount = worth.Value,
                        Date = announced.Date,
                        Items = announced.Items,
                    });
                continue;
            }
            if (prediction.EventProbability < _options.MinSentenceProbability && !isRecap && !inSoManyWords) continue;
            // "in eight focus countries: Côte d’Ivoire, Nigeria, Tanzania, ...": a programme for a region, not aid to one
            // country (unless each is given its own).
            if (recipient is not null && PartyRoles.ListSize(text, parties, recipient) >= MinRegionalList)
            {
                if (hasSum && !isRecap) regionalSum = i;
                continue;
            }
            // "announced that the United States has paid out $1.25 billion ..., the first transfer from the $9.9 billion that Congress
            // approved": money paid out today is news, whatever appropriation it comes from.
            // "The President highlighted the $325 million package announced today ..., and noted that the first Abrams tanks will
            // reach Ukraine next week": what is still to come is not the sum announced today.
            if (SentenceCues.IsBusiness(sentence, partyGives: donor is not null) || SentenceCues.ForeseesOrHalts(sentence) && !(hasSum && SentenceCues.NamesPackageAnnouncedToday(sentence))
                || budgets && !paidNow) continue;
            // "Donor countries pledged more than $1.1 billion for Afghanistan ..., with the United States announcing nearly $64
            // million in new humanitarian aid": a crowd's total is nobody's package; a giver named after it gives only its own sum.
            EntityMention? ownOfCrowd = null;
            // "Donors meeting in Kuwait on Wednesday pledged more than $1.5 billion": the crowd's meeting place gives nothing.
            var crowdMember = donor is not null && (PartyRoles.Cues(text, span, donor).Place || PartyRoles.FollowsInOrAt(text, span, donor)) ? null : donor;
            if (crowd >= 0 && (crowdMember is null || crowdMember.Start - start > crowd)
                && (crowdMember is null || (ownOfCrowd = PartyRoles.OwnSumAfter(text, crowdMember, inSentence.Where(IsSum))) is null))
                continue;
            // "Of the amount, €5 million will go to the WFP and €3 million to UNHCR": shares of a sum named before. Without
            // that sum's package nearby (a recap of it recalls its shares too) they announce nothing of their own. "$225 million in
            // Foreign Military Financing for Estonia, Latvia and Lithuania. Of this amount, $60 million is allocated to Estonia, ...":
            // the shares of a sum for a list of countries are each country's.
            if (opensWithShare && !sharesOfPackage && i - regionalSum > BorrowDistance) continue;
            var amountMentions = LocalDollars(text, sentence, inSentence, donor?.Party, article.Publisher, marksUsDollars, published);
            // "... with France promising €110 million, Germany €244 million and the European Union €355 million": the sums after the
            // giver's own are those of the givers named before each.
            if (ownOfCrowd is not null) amountMentions = [.. amountMentions.Where(m => m.Start >= ownOfCrowd.Start)];
            var gapped = PartyRoles.GappedGivers(text, span, parties, donor, recipient);
            var amounts = PackageAmounts(text, span, amountMentions, recipient, coGiver ?? gapped.FirstOrDefault());
            if (amounts.Count == 0) continue;
            // "will release $12 million ..., with $7 million going to Niger and $5 million to Chad": a total split among recipients
            // named with their shares is one package per share (each takes its recipient below).
            if (amounts is [{ Amount: { } whole, Parts.Count: >= 2 } package]
                && amountMentions.Where(m => IsSum(m) && !ReferenceEquals(m.Value, whole) && package.Parts.Any(p => p.Amount == m.Value!.Amount)).ToList() is { } shares
                && shares.Count == package.Parts.Count
                && PartyRoles.RecipientsOfSums(text, parties, [.. shares.Select(m => (m.Start, m.End))], end) is not null)
                amounts = [.. shares.Select(m => ((EntityValue?)m.Value, (IReadOnlyList<AidPart>)[], SentenceCues.PartDescription(text[m.End..end])))];
            // "welcomed the pledges made by other donors, including €355 million from the European Union and €110 million from
            // France": each sum its own giver.
            var ownSums = WithoutConversions(text, amountMentions.Where(IsSum).ToList());
            var ownGivers = PartyRoles.GiversOfSums(text, parties, [.. ownSums.Select(m => (m.Start, m.End))], start, end);
            if (ownGivers is not null)
            {
                ownSums = [.. ownSums.Where((_, k) => ownGivers[k] is not null)];
                ownGivers = [.. ownGivers.OfType<PartyMatch>()];
                amounts = [.. ownSums.Select(m => ((EntityValue?)m.Value, (IReadOnlyList<AidPart>)[], SentenceCues.PartDescription(text[m.End..end])))];
            }
            // A recap counts only with a sum to recognise the earlier package by.
            if (isRecap && amounts.All(a => a.Amount is null)) continue;
            var items = AidItemGazetteer.Find(sentence);
            var hasQuantity = SentenceCues.HasQuantity(sentence);
            var globalScope = recipient is null && SentenceCues.IsGlobalScope(sentence);
            // "Sweden and Norway each pledged $100 million": one package per donor.
            var (coDonors, separately) = donor is null ? ([], false) : PartyRoles.CoDonors(text, span, parties, donor);
            coDonors = coDonors.Where(d => d.Party.Code != recipient?.Party.Code).ToList();
            // "The United States, Germany and Romania will donate air defense systems": the verb follows the list's last giver.
            var giverCommits = donor is not null && SentenceCues.CommitsToGive(text[coDonors.Append(donor).Max(p => p.End)..end]);
            var donors = donor is null || ownGivers is not null
                ? new PartyMatch?[] { ownGivers is null ? null : donor }
                : (separately ? coDonors : []).Prepend(donor).ToArray<PartyMatch?>();
            // "The Netherlands gives €300 million, while Norway will add NOK 1.5 billion": a sum after the co-giver is the co-giver's.
            // "Canada will lend C$5 billion, Japan approximately ¥471.9 billion and the United Kingdom £2.26 billion": each
            // sum is the giver's named last before it.
            PartyMatch? GiverOf(PartyMatch? d, EntityValue? amount)
            {
                if (amount is null || amountMentions.FirstOrDefault(m => ReferenceEquals(m.Value, amount)) is not { } at) return d;
                // The giver named last before the sum: "... and Saudi Arabia $40 million, while Britain said it would provide 89 million pounds".
                return gapped.Append(coGiver).OfType<PartyMatch>().Where(g => g.End < at.Start).MaxBy(g => g.End) ?? d;
            }
            // "EUR 6.5 million in emergency humanitarian aid to Türkiye and EUR 3.5 million to Syria": each sum its own recipient.
            var sumSpans = amounts.Select(a => amountMentions.FirstOrDefault(m => ReferenceEquals(m.Value, a.Amount))).ToList();
            var ownRecipients = sumSpans.Any(m => m is null) ? null
                : PartyRoles.RecipientsOfSums(text, parties, sumSpans.Select(m => (m!.Start, m.End)).ToList(), end);
            foreach (var d in donors)
                for (var a = 0; a < amounts.Count; a++)
                {
                    var (amount, parts, what) = amounts[a];
                    var giver = ownGivers?[a] ?? GiverOf(d, amount);
                    var receiver = ownRecipients?[a] ?? recipient;
                    // "The Saudi share, $40 million, will be channelled through ...": a giver named for its own sum receives none of it,
                    // nor any sum of its co-givers ("her Estonian and Latvian counterparts, who pledged €10 million and €20 million respectively")
                    // (a sentence's one giver and receiver alike, "The Dutch armed forces will receive", is no gift at all).
                    if (ownGivers?[a] is not null && ownGivers.Any(g => g?.Party.Code == receiver?.Party.Code)) receiver = null;
                    frames.Add(new AidFrame(i, sentence, prediction)
                    {
                        IsRecap = isRecap,
                        Donor = giver?.Party,
                        Recipient = receiver?.Party,
                        DonorInSentence = giver is not null,
                        RecipientInSentence = receiver is not null,
                        OwnRecipient = ownRecipients?[a] is not null,
                        Amount = amount,
                        Parts = parts,
                        What = what,
                        IsListedPart = listedPart,
                        // "Each of our governments is announcing new contributions today: - Canada will contribute C$40 million ...".
                        GiverOpensBullet = giver is not null && bullets[i] && SentenceGivers.OpensLineGiving(text, span, giver),
                        IsNumberedPackage = numbered,
                        Date = date,
                        Items = items,
                        HasQuantity = hasQuantity,
                        Arrived = arrival is not null,
                        GlobalScope = globalScope,
                        OfficialAnnouncesNow = officialNow,
                        GiverCommits = giverCommits && giver is not null,
                    });
                }
            // "The United States and Japan intend to provide $8 million for ...": a joint package with no split is an
            // event of each giver; its sum stays with the first named, as nobody's share is known.
            // Only a list joined by "and" shares the sum: "Washington, Mark Carney announced C$2 billion" is no list of givers.
            var sharesSum = amounts[0].Amount is not null && donor is not null && PartyRoles.JoinedByAnd(text, coDonors.Append(donor));
            AidFrame CoGiverFrame(PartyMatch giver) => new(i, sentence, prediction)
            {
                Donor = giver.Party,
                Recipient = recipient?.Party,
                DonorInSentence = true,
                RecipientInSentence = recipient is not null,
                What = amounts[0].What,
                Date = date,
                Items = items,
                HasQuantity = hasQuantity,
                Arrived = arrival is not null,
                GlobalScope = globalScope,
                SharesSum = sharesSum,
                GiverCommits = giverCommits,
            };
            // "The United States intends to provide Ukraine with Bradleys, and Germany intends to provide Marders": without a
            // sum, a co-giver with its own giving verb announces aid of its own. It goes before the subject's frame, so that a
            // sentence after it ("The package is worth SEK 4.3 billion") still borrows the subject as its giver.
            if (!isRecap && ownGivers is null && coGiver is not null && donor is not null && amounts.All(a => a.Amount is null)
                && coGiver.Party.Code != donor.Party.Code && coGiver.Party.Code != recipient?.Party.Code && coDonors.All(c => c.Party.Code != coGiver.Party.Code))
                frames.Insert(frames.FindIndex(f => f.Index == i) is var at and >= 0 ? at : frames.Count, CoGiverFrame(coGiver));
            if (!separately && !isRecap && ownGivers is null)
                frames.AddRange(coDonors.Select(CoGiverFrame));
        }

        JointSignatories.GiveFor(frames, JointSignatories.Find(_parties, text, sentences, ordered, published));
        var headline = HeadlineParties.Read(article.Title, HeadlineMatches(article, published));
        BorrowParties(frames, crowdRecipients, headline.Recipient ?? (recipientVotes.Count > 0 ? MainParty(recipientVotes) : MainParty(struckVotes)), MainParty(donorVotes), article.Publisher);
        // "Saudi Arabia, UAE and Kuwait pledge $350 million for Yemen": a country the headline names beside its recipient gives
        // or helps; a sentence that reads it as the recipient ("Saudi Arabia and the United Arab Emirates, whose warplanes ...")
        // misreads the story.
        if (headline.Recipient is { } storyRecipient)
            foreach (var f in frames)
                if (f.Recipient is { } r && !f.OwnRecipient && r.Code != storyRecipient.Code && headline.Others.Contains(r.Code) && f.Donor?.Code != storyRecipient.Code) f.Recipient = storyRecipient;
        // Shares split among recipients replace their total before sums that follow a total fold into it as parts.
        PackageTotals.DropSplitTotals(frames, published);
        PackageTotals.FoldFollowingSums(frames, sentenceSums, bullets, published);
        PackageTotals.JoinPointersBack(frames);
        // A sentence that names neither side and no aid ("He raised $550 million") is money talk, not an announcement; one
        // that opens with a part of a package ("The first, worth $250 million, is drawn from Pentagon stocks") is aid, and so
        // is the publisher's own body committing a sum ("the Department will provide $18.5 million for courses").
        return Group(frames.Where(f => f.Donor is not null && f.Recipient is not null && f.Donor.Code != f.Recipient.Code
            && (f.DonorInSentence || f.RecipientInSentence || SentenceCues.NamesAid(f.Text) || f.IsListedPart || SentenceCues.OpensWithParts(f.Text)
                || SentenceCues.OfficialPledgesSum(f.Text, f.RecipientInSentence))).ToList(), published, isCorrection);
    }

    /// <summary>
    /// The packages a sentence announces, each as its amount and parts: none (one package without an amount);
    /// one amount; a total and its parts ("$1.2 billion, made up of $400 million ... and $800 million ..."), which
    /// is one package; or separate sums for separate aid ("$800 million in security assistance and $500 million in
    /// economic support"), which are separate packages. Running totals, superseded figures of a correction and
    /// prices ("$1.99/week") are not package amounts.
    /// </summary>
    private static List<(EntityValue? Amount, IReadOnlyList<AidPart> Parts, string What)> PackageAmounts(string text, Range span, List<EntityMention> mentions, PartyMatch? recipient, PartyMatch? coGiver)
    {
        var (start, end) = (span.Start.Value, span.End.Value);
        var sentence = text[span];
        string WhatOf(EntityMention m) => SentenceCues.PartDescription(text[m.End..end]);
        AidPart PartOf(EntityMention m) => new(m.Value!.Amount!.Value, m.Value.Currency, m.Value.Usd, WhatOf(m));
        // "$5.5 billion in drawdown authority, together with $2.4 billion under USAI, for a total of $7.9 billion": the
        // total named last is the package and the sums before it its parts.
        var sums = mentions.Where(IsSum).ToList();
        for (var k = 2; k < sums.Count; k++)
            if (SentenceCues.IntroducesTotal(text[start..sums[k].Start]) && sums.Take(k).All(m => m.Value!.Currency == sums[k].Value!.Currency)
                && AmountsAgree(sums[k].Value!.Amount!.Value, sums.Take(k).Sum(m => m.Value!.Amount!.Value), 0.02))
                return [(sums[k].Value, sums.Take(k).Select(PartOf).ToList(), WhatOf(sums[k]))];
        var found = new List<EntityMention>();
        var priced = false;
        foreach (var m in mentions)
        {
            if (m.Type != EntityType.Amount || m.Value?.Amount is null) continue;
            var left = text[start..m.Start];
            var right = text[m.End..end];
            priced |= SentenceCues.IsUnitPrice(right);
            // "Of this amount, €65 million will fund ... and €20 million ...": the sentence's first part, not a share of a sum it names.
            if (SentenceCues.IsCumulativeAmount(left) && !SentenceCues.OpensWithShare(left) && !SentenceCues.IsPartOfAnnouncedPackage(left, right) || SentenceCues.IsSupersededAmount(sentence, left) || SentenceCues.IsEstimate(left)
                || SentenceCues.IsCumulativeRight(right) && !SentenceCues.IsOwnShareOfTotal(left, right) || m.Value.Amount < MaxPrice && SentenceCues.IsPrice(right) || SentenceCues.IsUnitPrice(right) || SentenceCues.IsSaleAmount(left, right)) continue;
            if (found.LastOrDefault() is { } before && IsConversionOf(text, before, m)) continue;
            found.Add(m);
        }
        // "the review of Ukraine's $15.5 billion loan programme, allowing the disbursement of about $500 million": a sum
        // someone already owns names an existing programme, not this package, when the sentence has another.
        if (found.Count > 1 && found.Where(m => !SentenceCues.IsOwnedAmount(text[start..m.Start])).ToList() is { Count: > 0 } unowned) found = unowned;
        // "interceptors, which cost about $4 million each": a sentence whose only money is a price speaks of no aid.
        if (found.Count == 0) return priced ? [] : [(null, [], "")];
        if (found.Count == 1) return [(found[0].Value, [], WhatOf(found[0]))];

        // "$1 billion in new assistance for the Middle East, with $50 million specifically for Egypt": the share of a
        // larger sum named for the recipient is its package.
        if (recipient is not null && found.Skip(1).LastOrDefault(m => m.End <= recipient.Start) is { } share
            && SentenceCues.IsForRecipient(text[share.End..recipient.Start])
            && SentenceCues.IntroducesShare(text[found[found.IndexOf(share) - 1].End..share.Start])
            && share.Value!.Amount < found[0].Value!.Amount)
            return [(share.Value, [], WhatOf(share))];
        // "Of the total, A$50 million will pay for drones and A$50 million will go to ...": shares of a sum named before, each
        // a part of that package, never a total and its part however the sums add up.
        if (SentenceCues.OpensWithShareOf(sentence)) return found.Select(m => ((EntityValue?)m.Value, (IReadOnlyList<AidPart>)[], WhatOf(m))).ToList();
        // "approved two operations ...: US$500 million for housing reconstruction ..., and US$400 million for social protection":
        // as many sums as the operations counted are one each.
        if (SentenceCues.CountedOperations(sentence) == found.Count) return found.Select(m => ((EntityValue?)m.Value, (IReadOnlyList<AidPart>)[], WhatOf(m))).ToList();
        var first = found[0];
        var rest = found.Skip(1).ToList();
        var sumOfRest = rest.Sum(m => m.Value!.Amount!.Value);
        var total = first.Value!.Amount!.Value;
        var sameCurrency = rest.All(m => m.Value!.Currency == first.Value.Currency);
        // "combines a drawdown of $1 billion with $850 million in USAI funds": sums put together, not a sum and its share.
        if (sameCurrency && !SentenceCues.Combines(text[start..first.Start])
            && (rest.Count > 1 && AmountsAgree(total, sumOfRest, 0.02) || SentenceCues.IntroducesParts(text[first.End..rest[0].Start]) && sumOfRest <= total))
            return [(first.Value, rest.Select(PartOf).ToList(), WhatOf(first))];
        // "This includes a drawdown of up to $1 billion and $850 million in USAI funds": each sum is a part of the package
        // named before. Sums on either side of a co-giver ("€200 million ..., while Sweden will add €80 million") are the
        // two givers' own.
        if (SentenceCues.OpensWithParts(sentence)
            || coGiver is not null && found.Any(m => m.Start < coGiver.Start) && found.Any(m => m.Start > coGiver.End)
            || found.Zip(found.Skip(1)).All(p => SentenceCues.JoinsSeparateSums(text[p.First.End..p.Second.Start])))
            return found.Select(m => ((EntityValue?)m.Value, (IReadOnlyList<AidPart>)[], WhatOf(m))).ToList();
        return [(first.Value, [], WhatOf(first))];
    }

    /// <summary>An amount mention that carries a number.</summary>
    /// <summary>Whether <paramref name="day"/> is the day of the news or the day before (when what it reports was announced).</summary>
    private static bool OnDayOrDayBefore(DateOnly? day, DateOnly published) => day == published || day == published.AddDays(-1);

    private static bool IsSum(EntityMention m) => m.Type == EntityType.Amount && m.Value?.Amount is not null;

    /// <summary>"45 million zlotys, about $10 million": the article's own conversion of the sum before it, not a second sum.</summary>
    private static bool IsConversionOf(string text, EntityMention before, EntityMention sum) =>
        before.Value!.Currency != sum.Value!.Currency && SentenceCues.IntroducesConversion(text[before.End..sum.Start]);

    /// <summary>The sums of a sentence without the article's own conversions of them.</summary>
    private static List<EntityMention> WithoutConversions(string text, List<EntityMention> sums)
    {
        var kept = new List<EntityMention>(sums.Count);
        foreach (var sum in sums)
        {
            if (kept.Count == 0 || !IsConversionOf(text, kept[^1], sum)) kept.Add(sum);
        }

        return kept;
    }

    /// <summary>
    /// Whose dollars a bare "$" means: a publisher that counts in its own dollars writes them ("$15 million" in an
    /// Australian paper is AUD), and so does a speaker announcing for such a country in the first person ("Today, I
    /// announced that Australia will provide an additional $15 million"); a US publisher reporting another country's
    /// sum ("the United States welcomes Australia's announcement that it will provide $13 million") means US dollars.
    /// "US$" and "A$" say so themselves. Plain "kroner" (read as Norwegian) are Danish when Denmark gives or publishes
    /// them ("Denmark will spend 2.3 billion kroner").
    /// </summary>
    private static List<EntityMention> LocalDollars(string text, string sentence, List<EntityMention> mentions, AidParty? donor, AidParty? publisher, bool marksUsDollars, DateOnly published)
    {
        // Where the article writes "US$" for American money, the giver's "$" is its own: "President Biden authorized up to
        // US$20 million ... Canada would provide $60 million".
        var dollars = publisher is not null && DollarCurrencies.TryGetValue(publisher.Code, out var own) ? own
            : donor is not null && DollarCurrencies.TryGetValue(donor.Code, out var donors) && (SentenceCues.IsFirstPerson(sentence) || marksUsDollars) ? donors
            : null;
        var danish = (donor?.Code ?? publisher?.Code) == "DK";
        if (dollars is null && !danish) return mentions;
        EntityMention InCurrency(EntityMention m, EntityValue value, decimal amount, string currency) =>
            m with { Value = value with { Currency = currency, Usd = ExchangeRates.Shared.ToUsd(amount, currency, published) } };
        return mentions.Select(m => m switch
            {
                { Type: EntityType.Amount, Value: { Currency: "USD", Amount: { } amount } value } when dollars is not null && text[m.Start] == '$' => InCurrency(m, value, amount, dollars),
                { Type: EntityType.Amount, Value: { Currency: "NOK", Amount: { } amount } value } when danish && SentenceCues.IsPlainKroner(text[m.Start..m.End]) => InCurrency(m, value, amount, "DKK"),
                _ => m,
            })
            .ToList();
    }

    /// <summary>
    /// The dates that can make a sentence a recap: in an announcement of a sum (a pledge the classifier is sure of), "since August
    /// 2021" counts from when ("will be the thirty-first drawdown for Ukraine since August 2021"), it dates nothing.
    /// </summary>
    private List<EntityMention> StaleCandidates(List<EntityMention> dates, string text, int sentenceStart, AidSentencePrediction prediction, bool hasSum) =>
        hasSum && prediction.EventProbability >= _options.MinSentenceProbability
            ? dates.Where(m => !SentenceCues.CountsSince(text[Math.Max(sentenceStart, m.Start - SinceWindow)..m.Start])).ToList()
            : dates;

    /// <summary>Whether a DATE in the sentence precise to a day or a month ends before <paramref name="cutoff"/>.</summary>
    /// <remarks>A month named by itself ("agreed in December", read in January) is over once the article's month has begun.</remarks>
    private static bool EndsBefore(List<EntityMention> mentions, DateOnly cutoff, DateOnly published)
    {
        var monthStart = new DateOnly(published.Year, published.Month, 1);
        foreach (var m in mentions)
        {
            if (m.Type != EntityType.Date || (m.Value?.RangeEnd ?? m.Value?.Timex) is not { } value) continue;
            var stale = value.Length switch
            {
                10 when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) => day < cutoff,
                7 when DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) => month < monthStart,
                _ => false,
            };
            if (stale) return true;
        }
        return false;
    }

    /// <summary>A day-precise DATE in the sentence that falls shortly before (or on the day after) publication; else null.</summary>
    private DateOnly? DateIn(List<EntityMention> mentions, DateOnly published)
    {
        foreach (var m in mentions)
        {
            if (m.Type != EntityType.Date) continue;
            var timex = m.Value?.Timex ?? m.Value?.RangeStart;
            if (timex is null) continue;
            DateOnly day;
            if (DateOnly.TryParseExact(timex, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact)) day = exact;
            else if (MidWeek(timex, published) is { } week) day = week;
            else continue;
            if (day <= published.AddDays(1) && day >= published.AddDays(-_options.MaxAnnouncementAgeDays)) return day;
        }
        return null;
    }

    private static void Vote(Dictionary<string, (AidParty Party, int Votes)> votes, PartyMatch? party)
    {
        if (party is null) return;
        var count = votes.GetValueOrDefault(party.Party.Code, (party.Party, 0)).Item2;
        votes[party.Party.Code] = (party.Party, count + 1);
    }

    /// <summary>
    /// "pledged last week" (2025-W20): the announcement fell in that week; its Wednesday is at most three days from any
    /// of its days, the merge window, so reports of the same package meet. Not after the article's own day.
    /// </summary>
    private static DateOnly? MidWeek(string timex, DateOnly published)
    {
        if (timex.Length != 8 || timex[4] != '-' || timex[5] != 'W'
            || !int.TryParse(timex.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(timex.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var week)
            || week < 1 || week > ISOWeek.GetWeeksInYear(year)) return null;
        var wednesday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Wednesday));
        return wednesday > published ? published : wednesday;
    }

    /// <summary>
    /// The article's recipient or donor, for sentences that name none: the party most often marked as one, when it
    /// is clearly the article's subject (a fact sheet on aid to several countries has no main recipient).
    /// </summary>
    private static AidParty? MainParty(Dictionary<string, (AidParty Party, int Votes)> votes)
    {
        if (votes.Count == 0) return null;
        var top = votes.Values.MaxBy(v => v.Votes);
        return top.Votes >= MainRecipientShare * votes.Values.Sum(v => v.Votes) ? top.Party : null;
    }

    /// <summary>The parties the headline names.</summary>
    private List<PartyMatch> HeadlineMatches(ArticleForEvents article, DateOnly published) =>
        article.Title is { Length: > 0 } title && article.TitleMentions is { Count: > 0 } mentions
            ? _parties.Find(title, new Range(0, title.Length), mentions, published) : [];

    /// <summary>
    /// A sentence naming only one side borrows the other from the nearest aid sentence before it, else from a crowd's pledge
    /// just before it, else from the article: its main recipient, and as donor its publisher when the publisher speaks ("we are providing", "The
    /// Government will provide"), else
    /// the article's main donor ("the Supreme Defence Council approved a second transfer" in a story about Romania's
    /// aid), else the publisher again ("the Secretary announced").
    /// </summary>
    private static void BorrowParties(List<AidFrame> frames, List<(int Sentence, AidParty Party)> crowdRecipients, AidParty? articleRecipient, AidParty? articleDonor, AidParty? publisher)
    {
        for (var i = 0; i < frames.Count; i++)
        {
            var f = frames[i];
            // "The first, worth $250 million, is drawn from Pentagon stocks": a part is of the package it describes, however its words read.
            // Its recipient too, unless the part gives each sum its own ("$6 million to the UN Relief and Works Agency" names
            // the agency that spends it, "drones bought through a coalition led by Latvia" a partner), and its giver.
            // A bullet that opens with a giver of its own announces that giver's package, beside the others of the list.
            if (!f.IsNumberedPackage && (SentenceCues.OpensWithParts(f.Text) || f.IsListedPart) && frames.Take(i).LastOrDefault(g => g.Amount is not null && g.Index < f.Index && f.Index - g.Index <= BorrowDistance) is { } whole
                && !(f.GiverOpensBullet && f.Donor?.Code != whole.Donor?.Code))
            {
                f.Measure = whole.Measure;
                // "Since 2022, the Netherlands has provided ... This includes F-16 fighter aircraft ...": the parts of a recap are recalled too.
                f.IsRecap |= whole.IsRecap;
                if (!f.OwnRecipient && whole.Recipient is { } country && IsCountry(country)) f.Recipient = country;
                // "Of that, A$80 million ... and A$20 million to drones bought through a coalition led by Latvia and Britain":
                // the givers named in a part are the package's suppliers or partners; the package's giver gives.
                if (whole.Donor is { } giver && f.Donor?.Code != giver.Code && f.Recipient?.Code != giver.Code) f.Donor = giver;
            }
            for (var j = i - 1; j >= 0 && f.Index - frames[j].Index <= BorrowDistance && (f.Donor is null || f.Recipient is null); j--)
            {
                // A recap lends nothing to an announcement: it usually speaks of another package.
                if (frames[j].IsRecap && !f.IsRecap) continue;
                if (f.Donor is null && frames[j].Donor is { } d && d.Code != f.Recipient?.Code) f.Donor = d;
                // "$1.02 billion will go to Ukraine; $95 million will support Moldova ...; and $85 million Georgia": one share of a
                // sum split among recipients speaks for none of the others, so it lends no recipient.
                if (f.Recipient is null && frames[j].Recipient is { } r && r.Code != f.Donor?.Code && !IsSplitShare(frames, frames[j])) f.Recipient = r;
            }
            if (f.Recipient is null && crowdRecipients.LastOrDefault(c => c.Sentence < f.Index && f.Index - c.Sentence <= BorrowDistance) is { Party: { } crowdOf } && crowdOf.Code != f.Donor?.Code)
                f.Recipient = crowdOf;
            // A programme for "developing countries around the world" names no recipient and must not get the article's.
            if (f.Recipient is null && !f.GlobalScope && articleRecipient is not null && articleRecipient.Code != f.Donor?.Code) f.Recipient = articleRecipient;
            if (f.Donor is null && (publisher is null || !SentenceCues.SpeaksForPublisher(f.Text)) && articleDonor is not null && articleDonor.Code != f.Recipient?.Code) f.Donor = articleDonor;
            if (f.Donor is null && publisher is not null && publisher.Code != f.Recipient?.Code) f.Donor = publisher;
            // A government statement reposted by a site that speaks for no country: "Today, I am announcing" is the article's giver's.
            if (f.Donor is null && articleDonor is not null && articleDonor.Code != f.Recipient?.Code) f.Donor = articleDonor;
        }
    }

    /// <summary>Whether a frame is one of several sums its sentence gives to different recipients.</summary>
    private static bool IsSplitShare(List<AidFrame> frames, AidFrame share) =>
        share.OwnRecipient && frames.Any(g => g != share && g.Index == share.Index && g.OwnRecipient && g.Recipient?.Code != share.Recipient?.Code);

    /// <summary>A country, not a body such as the UN, the World Bank or NATO.</summary>
    private static bool IsCountry(AidParty party) => !PartyGazetteer.IsBody(party.Code);

    /// <summary>
    /// One candidate per package: sentences with the same donor, recipient and measure and the same amount
    /// are one package; a sentence without an amount joins the nearest package before it (or after it).
    /// </summary>
    private List<AidEventCandidate> Group(List<AidFrame> frames, DateOnly published, bool isCorrection)
    {
        var candidates = new List<AidEventCandidate>();
        foreach (var group in frames.GroupBy(f => (f.Donor!.Code, f.Recipient!.Code, f.Measure, f.IsRecap)))
        {
            var packages = new List<List<AidFrame>>();
            foreach (var f in group.Where(f => f.Amount is not null))
            {
                // Two sums of one sentence are two packages however close ("up to $1 billion and $850 million").
                // One article writes one package's sum the same way each time: two exact sums in one currency that differ are two
                // packages ("Foreign Military Financing: $100 million" and "Humanitarian demining: $90.5 million"); the wider
                // tolerance is for a sum restated in another currency or rounded ("about $1.1 billion").
                var same = packages.FirstOrDefault(p => SameAmount(p[0].Amount!, f.Amount!, published,
                    WrittenAlike(p[0].Amount!, f.Amount!) ? ExactRestatement : _options.AmountTolerance) && p.All(g => g.Index != f.Index));
                if (same is null) packages.Add([f]);
                else same.Add(f);
            }
            var withoutAmount = group.Where(f => f.Amount is null).ToList();
            if (packages.Count == 0)
            {
                if (withoutAmount.Count > 0) packages.Add(withoutAmount);
            }
            else
            {
                foreach (var f in withoutAmount)
                {
                    var home = packages.Where(p => p[0].Index < f.Index).MaxBy(p => p[0].Index) ?? packages.MinBy(p => p[0].Index)!;
                    home.Add(f);
                }
            }
            PackageTotals.Fold(packages, published);
            foreach (var package in packages)
            {
                var candidate = ToCandidate(package, published, isCorrection);
                if (candidate is not null) candidates.Add(candidate);
            }
        }
        return candidates;
    }

    private static AidEventCandidate? ToCandidate(List<AidFrame> package, DateOnly published, bool isCorrection)
    {
        var seed = package[0];
        var items = package.SelectMany(f => f.Items).Distinct().ToList();
        if (seed.Amount is null && items.Count == 0 && !package.Any(f => f.HasQuantity || f.SharesSum || f.Arrived)
            && !package.Any(f => f.Prediction.EventProbability >= SureAmountless && (SentenceCues.AnnouncesNewAid(f.Text)
                && (f.DonorInSentence || SentenceCues.IsFirstPerson(f.Text)) || f.OfficialAnnouncesNow))
            && !package.Any(f => f.RecipientInSentence && SentenceCues.DecidesInFirstPerson(f.Text))
            && !package.Any(f => f.GiverCommits && f.RecipientInSentence && f.Prediction.EventProbability >= SureAmountless)) return null;
        // "He pledged that the United States will keep giving Ukraine the means to defend itself": support goes on, nothing new.
        if (seed.Amount is null && package.All(f => SentenceCues.OnlyContinues(f.Text))) return null;
        var cues = new Dictionary<string, int>();
        foreach (var f in package)
            foreach (var (type, count) in AidType.Cues(f.Text, f.Items.Count))
                cues[type] = cues.GetValueOrDefault(type) + count;
        var amount = seed.Amount;
        var usd = amount is null ? null : UsdOf(amount, published);
        return new AidEventCandidate(
            seed.Donor!, seed.Recipient!, amount?.Amount, amount?.AmountHigh, amount?.Currency, usd,
            seed.Date ?? package.Select(f => f.Date).FirstOrDefault(d => d is not null) ?? published,
            AidType.Decide(cues, seed.Donor!.Code), seed.Measure, items, seed.Text,
            package.Max(f => f.Confidence), isCorrection)
        {
            Parts = package.Select(f => f.Parts).FirstOrDefault(p => p.Count > 0) ?? [],
            IsRecap = seed.IsRecap,
        };
    }

    /// <summary>The tagger's USD value, else the amount converted at the article's date (annual average rate).</summary>
    internal static decimal? UsdOf(EntityValue amount, DateOnly published) =>
        amount.Usd ?? (amount is { Amount: { } a, Currency: { } c } ? ExchangeRates.Shared.ToUsd(a, c, published) : null);

    /// <summary>How far two exact sums of one currency in one article may differ and still name one package ("$1.85 billion", "$1.850 billion").</summary>
    private const double ExactRestatement = 0.02;

    private static bool WrittenAlike(EntityValue a, EntityValue b) => a.Currency == b.Currency && a.Bound is null && b.Bound is null;

    private static bool SameAmount(EntityValue a, EntityValue b, DateOnly published, double tolerance)
    {
        var au = UsdOf(a, published);
        var bu = UsdOf(b, published);
        if (au is { } x && bu is { } y) return AmountsAgree(x, y, tolerance);
        return a.Currency == b.Currency && a.Amount is { } p && b.Amount is { } q && AmountsAgree(p, q, tolerance);
    }

    /// <summary>Whether two positive amounts differ by at most <paramref name="tolerance"/> of the larger.</summary>
    public static bool AmountsAgree(decimal a, decimal b, double tolerance)
    {
        var max = Math.Max(Math.Abs(a), Math.Abs(b));
        return max == 0 || (double)(Math.Abs(a - b) / max) <= tolerance;
    }
}

using System.Text.RegularExpressions;

namespace NewsWatch.Events;

/// <summary>Word patterns the slot filler reads around amounts, quantities and corrections.</summary>
public static partial class SentenceCues
{
    /// <summary>
    /// Whether the text left of an amount makes it a running total ("brings total US aid to $46 billion",
    /// "totalling €17 billion"), the larger pot a payment comes from ("the first payment from the
    /// €50 billion fund", "part of a $61 billion package") or a share of the package ("of that, $600
    /// million will come from stocks") rather than the value of what is announced.
    /// </summary>
    public static bool IsCumulativeAmount(string leftContext) =>
        (CumulativeLeft().IsMatch(leftContext) && !NewTotalLeft().IsMatch(leftContext) && !RankedLeft().IsMatch(leftContext)) || PotLeft().IsMatch(leftContext) || EarlierPackageLeft().IsMatch(leftContext);

    /// <summary>
    /// "comes on top of the $775 million drawdown", "in addition to the Emergency Grant Aid of USD 10 million", "it had
    /// already committed about $53 million": a package given before.
    /// </summary>
    [GeneratedRegex(@"\b(?:on top of|in addition to|builds? on|adds? to)\s+(?:the|its|our|their|an?\s+earlier)\s+(?:[\w-]+\s+){0,4}?$|\b(?:has|have|had)\s+already\s+(?:committed|pledged|provided|given|sent|announced|delivered|allocated|disbursed)\s+(?:(?:more than|over|about|around|nearly|almost|some|roughly)\s+)?\W?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EarlierPackageLeft();

    /// <summary>"our biggest tranche of security assistance to date: approximately $2.98 billion": a rank, not a running total.</summary>
    [GeneratedRegex(@"\b(?:biggest|largest|highest|most significant)\b[^.;]{0,60}\b(?:to date|so far|yet|ever)\b[^.;,]{0,40}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RankedLeft();

    /// <summary>"new contributions totaling $316 million": the total of what is announced now, not a running total.</summary>
    /// <remarks>Also a package's own total value ("its eighteenth donation package to Ukraine, with a total value of DKK 5.3
    /// billion", "the two measures, worth a total of €500 million").</remarks>
    [GeneratedRegex(@"\b(?:new|additional|another|fresh)\b[^.;]{0,60}\btotall?ing\s+(?:(?:more than|over|about|around|nearly|almost|some|roughly|up to)\s+)?\W?$|\b(?:package|donation|tranche|contribution)\b[^.;]{0,40}\b(?:with|has|of|at|for)\s+a\s+total\s+(?:value|worth|cost)\s+of\s+(?:(?:more than|over|about|around|nearly|almost|some|roughly|up to)\s+)?\W?$|\b(?:will|would)\s+(?:[\w-]+\s+){1,5}a\s+total\s+of\s+(?:(?:more than|over|about|around|nearly|almost|some|roughly|up to)\s+)?\W?$|\b(?:worth|valued at|amounting to)\s+a\s+total\s+of\s+(?:(?:more than|over|about|around|nearly|almost|some|roughly|up to)\s+)?\W?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewTotalLeft();

    /// <summary>Whether the amount is the wrong, superseded one in a correction ("misstated ... as $1.5 billion").</summary>
    public static bool IsSupersededAmount(string sentence, string leftContext) =>
        Correction().IsMatch(sentence) && SupersededLeft().IsMatch(leftContext);

    /// <summary>
    /// Whether the text left of a date makes it the day of the event the aid answers ("the armed clashes that broke out
    /// on 15 April", "the earthquakes that struck southern Türkiye and northern Syria on 6 February", "residents who fled
    /// Nagorno-Karabakh in September"), not of the announcement.
    /// </summary>
    public static bool IsBackgroundDate(string leftContext) => BackgroundEvent().IsMatch(leftContext);

    [GeneratedRegex(@"\b(?:broke out|struck|strikes|began|begun|started|erupted|hit|occurred|took place|happened|killed|devastated|destroyed|collapsed|flooded|invaded|attacked|fled|escaped|displaced|launched (?:its|their|his) (?:full-scale )?(?:invasion|offensive|attack)|destruction|collapse|explosion|bombing|shelling|earthquakes?|quake|floods?|flooding)\b[^,;.]{0,50}?\s(?:on|in|since|from)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BackgroundEvent();

    /// <summary>Whether the text right of an amount makes it a total of earlier aid ("$159 million since October 2020", "... to date").</summary>
    /// <remarks>"... and is the largest package so far" ranks this package; it is not a total;
    /// "the $10 million Australia has already committed" is a package given before.</remarks>
    public static bool IsCumulativeRight(string rightContext) => CumulativeRight().IsMatch(rightContext) && !RanksSoFar().IsMatch(rightContext) || AlreadyGivenRight().IsMatch(rightContext)
        || ShareOfRight().IsMatch(rightContext);

    /// <summary>"Around £200 million of the package will be spent on the drones": a share of the package, not one.</summary>
    [GeneratedRegex(@"^\s*of\s+(?:the|this|that)\s+(?:package|total|amount|sum|funding|contribution)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareOfRight();

    [GeneratedRegex(@"^[^.;,]{0,40}?\b(?:has|have|had)\s+already\s+(?:committed|pledged|provided|given|sent|announced|delivered|allocated|disbursed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlreadyGivenRight();

    [GeneratedRegex(@"^[^.;]{0,40}?\b(?:largest|biggest|greatest|most significant|single largest|first)\b[^.;]{0,60}?\b(?:so far|to date|ever|yet|since)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RanksSoFar();

    /// <summary>
    /// Whether the amount is the value of a sale or a contract ("a $39 million sale of defensive weapons", "under a $3.9
    /// billion contract"), unless a giver pays for it ("will finance a $2 billion purchase of air defence missiles for Ukraine").
    /// </summary>
    public static bool IsSaleAmount(string leftContext, string rightContext) => SaleRight().IsMatch(rightContext) && !PaidForLeft().IsMatch(leftContext);

    [GeneratedRegex(@"\b(?:financ\w*|fund\w*|pay|pays|paying|paid|cover\w*|grant\w*)\s+(?:for\s+)?(?:a|an|the)\s+\W?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PaidForLeft();

    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,2}?(?:sale|sales|purchase|purchases|contract|contracts|export|exports)\b(?!\s+(?:credit|finance|financing|guarantee))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SaleRight();

    /// <summary>Whether the amount is a price ("$1.99/week", "$4.99 per month"): subscription boilerplate, never aid.</summary>
    public static bool IsPrice(string rightContext) => Price().IsMatch(rightContext);

    /// <summary>Whether the amount is what one thing costs ("interceptors, which cost about $4 million each"), whatever its size.</summary>
    public static bool IsUnitPrice(string rightContext) => UnitPrice().IsMatch(rightContext);

    /// <summary>Whether the words between a sum and a party make the sum that party's ("$50 million specifically for Egypt").</summary>
    public static bool IsForRecipient(string between) => ForRecipient().IsMatch(between);

    [GeneratedRegex(@"^\s*(?:in\s+[\w-]+\s+(?:[\w-]+\s+)?)?(?:\w+ly\s+)?(?:for|to)\s+(?:the\s+)?(?:people of\s+(?:the\s+)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForRecipient();

    /// <summary>Whether the sentence speaks in the first person ("I announced", "we will provide").</summary>
    public static bool IsFirstPerson(string sentence) => FirstPerson().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:I|we|I'm|I’m|we're|we’re|I've|I’ve|we've|we’ve|our)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPerson();

    /// <summary>
    /// Whether a sentence speaks for its publisher: in the first person ("we will provide"), or as its government or an
    /// office of it named without a country ("The Government will provide close to NOK 2.5 billion", "The Foreign
    /// Secretary has today announced a further £30 million") in a release that government published.
    /// </summary>
    public static bool SpeaksForPublisher(string sentence) => FirstPerson().IsMatch(sentence) || OwnGovernment().IsMatch(sentence);

    [GeneratedRegex(@"\b[Tt]he\s+(?:Federal\s+)?(?:Government|Cabinet|Prime Minister|Foreign Secretary|Defence Secretary|Defense Secretary|Foreign Minister|Defence Minister|Defense Minister|Minister|Chancellor|President|Ministry|Administration)\b(?!\s+of\b|\s+in\b)", RegexOptions.CultureInvariant)]
    private static partial Regex OwnGovernment();

    /// <summary>Whether a sentence announces a sum as the total of what follows ("new contributions totaling $316 million").</summary>
    public static bool AnnouncesTotal(string sentence) => TotalCue().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:totall?ing|total of|in total|a total|combined|altogether)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalCue();

    /// <summary>Whether the words before a second sum make it a share of the first (", with $50 million", "including $50 million").</summary>
    public static bool IntroducesShare(string between) => ShareIntro().IsMatch(between);

    [GeneratedRegex(@"\b(?:(?<!along\s|together\s)with|including|of which|among them)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareIntro();

    /// <summary>Whether the words between a total and the next amount introduce its parts ("made up of", "including", "of which").</summary>
    public static bool IntroducesParts(string between) => PartsIntro().IsMatch(between);

    /// <summary>Whether the words between two amounts join separate sums for separate aid ("in security assistance and").</summary>
    public static bool JoinsSeparateSums(string between) => SeparateSums().IsMatch(between);

    /// <summary>What a part of a package is, from the words after its amount ("from drawdown authority").</summary>
    public static string PartDescription(string rightContext)
    {
        var m = PartWords().Match(rightContext);
        return m.Success ? m.Groups["what"].Value.Trim() : "";
    }

    /// <summary>Whether a sentence speaks of aid at all (assistance, a package, a grant, weapons...).</summary>
    public static bool NamesAid(string sentence) => AidWord().IsMatch(sentence);

    /// <summary>
    /// Whether a sentence's money is business, not aid: a sale, a purchase or exports ("a $39 million sale of defensive
    /// weapons to Ukraine", "$152 million in U.S. exports"; export finance lent to a country is aid) where no aid word
    /// says otherwise, or an investment whose
    /// investor no party names ("Microsoft has announced it will invest $2.9 billion", "Google plans to invest $1 billion")
    /// when <paramref name="partyGives"/> is false, or a loan to a company ("agreed to lend NOK 1.2 billion to ammunition
    /// maker Nammo").
    /// </summary>
    public static bool IsBusiness(string sentence, bool partyGives) =>
        Trade().IsMatch(sentence) && !AidGrant().IsMatch(sentence) || !partyGives && Investment().IsMatch(sentence) || CompanyLoan().IsMatch(sentence) || TradeCapacity().IsMatch(sentence);

    /// <summary>"£3.5 billion of capacity available for trade with and investment in Ukraine": export credit for business, whatever agency offers it.</summary>
    [GeneratedRegex(@"\bfor trade with\b|\bfor (?:trade|exports) and investment\b|\b(?-i:State)\s+aid\s+(?:scheme|rules|measure|approval)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TradeCapacity();

    [GeneratedRegex(@"\b(?:lend|lends|lent|lending|loans?|credit)\b[^;]{0,50}?\bto\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:maker|makers|manufacturer|manufacturers|company|companies|producer|producers|firm|firms|contractor|shipyard|group|groups|business|businesses|trader|traders|exporter|exporters|agribusiness|agribusinesses|retailer|retailers)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompanyLoan();

    /// <summary>
    /// Whether a sentence announces new aid in so many words, with no sum: "today, I am announcing another package of
    /// security assistance", "Germany will send a new air defence package". An announcing or giving verb, new-ness and
    /// an aid noun must all be there.
    /// </summary>
    public static bool AnnouncesNewAid(string sentence) => AnnounceVerb().IsMatch(sentence) && Newness().IsMatch(sentence) && AidNounPhrase().IsMatch(sentence);

    /// <summary>Whether a sentence opens by listing what a package just named holds ("It includes $900 million for drones, ...", "This funding includes", "The aid will be provided through WFP ($4 million) and UNHCR ($2 million)", "Of this, ...").</summary>
    public static bool OpensWithParts(string sentence) => PartsOpener().IsMatch(sentence) || OpensWithOrdinalPart(sentence) || OpensWithShareOf(sentence);

    /// <summary>Whether a sentence opens with the share of a sum named before ("Of the total of NOK 2 billion, ...", "Of this amount, ...").</summary>
    public static bool OpensWithShareOf(string sentence) => ShareOfOpening().IsMatch(sentence);

    [GeneratedRegex(@"^\W*Of\s+(?:this|that|the total|these|the (?:amount|sum|funding|money|package|contribution))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareOfOpening();

    /// <summary>Whether the text left of an amount is only a sentence's opening "Of this amount," (the parts of a package named before).</summary>
    public static bool OpensWithShare(string leftContext) => ShareOpening().IsMatch(leftContext);

    [GeneratedRegex(@"^\W*Of (?:this|that|the total|these|the (?:amount|sum|funding|money|package|contribution))(?:\s+(?:amount|sum|total|funding|package))?\s*,?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareOpening();

    /// <summary>Whether a sentence opens a joint statement in the signatories' voice ("We, the Ministers of Defence of Estonia, Latvia and Lithuania, ...").</summary>
    public static bool OpensJointStatement(string sentence) => JointOpening().IsMatch(sentence);

    [GeneratedRegex(@"^\W*We,\s+the\b", RegexOptions.CultureInvariant)]
    private static partial Regex JointOpening();

    /// <summary>Whether the speakers give together ("Our three countries will jointly provide", "we will together provide").</summary>
    public static bool GivesJointly(string sentence) => Jointly().IsMatch(sentence);

    [GeneratedRegex(@"\bour\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:countries|nations|governments|states)\b|\b(?:we|our countries|our governments)\b[^.;]{0,40}\b(?:jointly|together)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Jointly();

    /// <summary>
    /// Whether a sentence recalls an announcement made before the document ("Japan's pledge of US$5.5 billion announced
    /// earlier this week", "the European Union's decision earlier this month to provide €50 billion", "pledged EUR 2.5
    /// billion at last year's conference") or aid already on its way ("the F-16s it is receiving from Denmark"): a
    /// mention of that event, not news of its own. So does a sentence that sets today's aid beside an earlier decision
    /// ("This comes on top of the $200 million I approved on March 12", "The equipment builds on the $800 million package
    /// announced on April 13") or recalls one ("noted that the United States had announced a $100 million drawdown on May 19").
    /// </summary>
    public static bool RecallsEarlierAnnouncement(string sentence) => EarlierThis().IsMatch(sentence);

    [GeneratedRegex(@"^\W*(?:(?:This|These|The|Today's|Today’s)(?:\s+[\w-]+){0,2}|It)\s+(?:also\s+)?(?:builds?\s+on|comes?\s+(?:on top of|in addition to)|follows|adds?\s+to)\b[^.;]{0,100}\b(?:announced|approved|pledged|committed|authori[sz]ed|unveiled|provided|decided|agreed|extended)\b|\b(?:has|have)\s+been\s+(?:channel+ed|delivered|provided|sent|donated|disbursed)\s+to\b|\b(?:most recent|previous)\s+(?:[\w-]+\s+){0,3}?(?:package|tranche|drawdown|pledge|contribution)\b|\b(?:has|have)\s+(?:already\s+)?(?:delivered|provided|sent|given|donated)\s+(?:this\s+(?:autumn|fall|spring|summer|winter|year)|so far|to date)\b|\b(?:recalled|reminded\s+\w+)\s+that\b|\b(?:has|have)\s+included\b|^\W*(?:Before\s+(?:the|this|that|it)\b|Previously\b)|\bwelcome\s+the\s+progress\s+(?:made\s+)?in\s+implementing\b|^\W*(?:Together|Altogether|In total|Overall),?\s+(?:the\s+)?(?:commitments|pledges|contributions)\b|\bcontinu(?:es|e|ing)\s+to\s+(?:absorb|receive|integrate)\b|\b(?:has|have)\s+(?:already\s+)?said\s+(?:it|they|he|she)\s+(?:will|would)\b|\bas\s+(?:previously\s+|already\s+)?announced\s+(?:earlier|previously|before)\b|\b(?:we|I)\s+recall\b|\brecall(?:s|ed)?\s+(?:our|its|their|the)\s+(?:decision|commitment|pledge)\b|\b(?:reiterat|reaffirm)(?:ed|es|s|ing)?\b|\b(?:noted|pointed out)\s+that\b[^.;]{0,80}\bhad\s+(?:already\s+)?(?:announced|pledged|committed|approved|authori[sz]ed|provided)\b|\bearlier\s+this\s+(?:week|month|year)\b|\blast\s+(?:year|month|week)['’]s\b|\b(?:is|are)\s+(?:already\s+)?receiving\s+from\b|\b(?:has|have)\s+(?:already\s+)?received\b|\b(?:package|aid|assistance|support|pledge|contribution|funding|that|which|it)\s+(?:was\s+|had\s+been\s+|has\s+been\s+)?already[\s-]+announced\b|\b(?:has|have|had)\s+already\s+(?:delivered|sent|provided|given|donated|supplied|handed over)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EarlierThis();

    /// <summary>Whether an amount is written in "kroner" without saying whose (Danish and Norwegian crowns share the word).</summary>
    public static bool IsPlainKroner(string amount) => PlainKroner().IsMatch(amount);

    [GeneratedRegex(@"^(?!.*(?:norw|NOK)).*\bkron(?:er|e)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlainKroner();

    /// <summary>
    /// Whether a sentence announces aid in so many words, today: "I am proud to announce our biggest tranche of security
    /// assistance to date", "The Department of State is providing an additional $30 million ..., bringing the total ...";
    /// its "to date" or "bringing the total" ranks or sums up around the new sum, it does not make it a recap.
    /// </summary>
    public static bool AnnouncesInSoManyWords(string sentence) => InSoManyWords().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:I am|I'm|I’m|we are|we're|we’re)\s+(?:\w+\s+)?(?:to\s+)?(?:announc(?:e|ing)|authori[sz]ing)\b|\b(?:is|are)\s+(?:today\s+)?providing\s+an?\s+(?:additional|new|further)\b|\btoday\s+(?:announced|announces|is announcing|are announcing)\b", RegexOptions.CultureInvariant)]
    private static partial Regex InSoManyWords();

    /// <summary>Whether the text left of a date makes it the start of a period ("since August 2021").</summary>
    public static bool CountsSince(string leftContext) => SinceLeft().IsMatch(leftContext);

    [GeneratedRegex(@"\bsince\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SinceLeft();

    /// <summary>Whether the words between two sums make the second a conversion of the first (", about ", " (", ", or roughly ").</summary>
    public static bool IntroducesConversion(string between) => Conversion().IsMatch(between);

    [GeneratedRegex(@"^\s*(?:,|\(|—|–)\s*(?:or\s+)?(?:about|roughly|around|some|nearly|approximately|almost|just over|just under|more than|over|or)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Conversion();

    /// <summary>Whether a sentence performs a decision ("I hereby determine ... to furnish assistance ... not to exceed $50 million").</summary>
    public static bool IsPerformative(string sentence) => Performative().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:I|we)\s+hereby\s+(?:determine|direct|authori[sz]e|delegate|approve)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Performative();

    /// <summary>"Germany's contribution comes on top of the three Patriot systems it has already delivered": beside aid given before.</summary>
    public static bool SetsBesideEarlier(string sentence) => BesideEarlier().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:comes?\s+on top of|in addition to|adds?\s+to)\b[^.;]*\b(?:has|have|had)\s+already\s+(?:delivered|sent|provided|given|donated|committed|pledged)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BesideEarlier();

    /// <summary>
    /// Whether a sentence only states what the package just named is worth ("The package is worth SEK 7.1 billion") or
    /// costs ("The vehicles will be purchased from Roshel ... at a cost of more than $90 million").
    /// </summary>
    public static bool StatesPackageWorth(string sentence) => PackageWorth().IsMatch(sentence);

    [GeneratedRegex(@"^\W*(?:The|This|Its|Today's|Today’s)\s+(?:[\w-]+\s+){0,2}?(?:package|assistance|aid|support|donation|contribution|tranche)\s+(?:is|will be|is estimated to be)\s+(?:worth|valued at)\b|^\W*(?:The|This|Its|Today's|Today’s)\s+(?:[\w-]+\s+){0,2}?(?:package|assistance|aid|support|donation|contribution|tranche)\s+(?:has a (?:total )?value of|totals|is valued at)\b|^\W*(?:The|These|This|They)\s+(?:[\w-]+\s+){0,3}?(?:will be|are to be|are being|were|was|have been)\s+(?:purchased|bought|procured|acquired|ordered)\b[^.;]{0,120}?\b(?:at a (?:total )?cost of|worth|valued at)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PackageWorth();

    /// <summary>Whether a sentence opens a list of what a package holds ("The assistance includes:", "It consists of:").</summary>
    public static bool IntroducesPartsList(string sentence) => PartsListIntro().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:includes|include|including|comprises|consists of|is made up of|contains)(?:\s+(?:the following|two|three|four|five|six|\d+)(?:\s+(?:parts|elements|components|items|measures|strands))?)?\s*:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartsListIntro();

    /// <summary>Whether a sentence is an item of a bulleted list.</summary>
    public static bool IsBullet(string sentence) => Bullet().IsMatch(sentence);

    [GeneratedRegex(@"^\s*[-•*–]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();

    /// <summary>Whether a sentence describes one numbered part of a package just named ("The first, worth $350 million, ...", "The second tranche will ...").</summary>
    public static bool OpensWithOrdinalPart(string sentence) => OrdinalPartOpener().IsMatch(sentence);

    /// <summary>
    /// Whether a sentence reports aid paid out or handed over as news ("Today, the Commission disbursed €1 billion",
    /// "the first howitzers have been handed over"), not a running total ("has disbursed $20 billion since 2022").
    /// </summary>
    /// <remarks>A rank counted over time ("the largest single tranche ... since the invasion began") is no running total.</remarks>
    public static bool ReportsDelivery(string sentence) => DeliveredVerb().IsMatch(sentence) && (!TotalWord().IsMatch(sentence) || RankedSince().IsMatch(sentence) && !TotalWord().IsMatch(RankedSince().Replace(sentence, "")));

    [GeneratedRegex(@"\b(?:largest|biggest|greatest|single largest|first)\b[^.;]{0,80}?\b(?:since|so far|to date|ever|yet)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RankedSince();

    /// <summary>
    /// Whether a sentence foresees aid rather than announcing it ("Ukraine expects to receive $38 billion this year",
    /// "allies were expected to announce contributions", "aid is on hold", "the pause covers weapons promised to Kyiv"):
    /// an expectation or a halt is no new aid, whatever its wording shares with a pledge.
    /// </summary>
    public static bool ForeseesOrHalts(string sentence) => Foresees().IsMatch(sentence) || Halts().IsMatch(sentence) && !Resumes().IsMatch(sentence);

    /// <summary>
    /// Whether a sentence only talks about aid or plans money for it: "the two ministers discussed the delivery of 12
    /// howitzers", "the Government proposes that the framework for military support for 2025 be set at SEK 25
    /// billion" (a budget proposal is a request to parliament, not a package), "will ask parliament to approve up to €226
    /// million".
    /// </summary>
    public static bool DiscussesOrBudgets(string sentence) => Discusses().IsMatch(sentence) || BudgetProposal().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:discuss(?:ed|es|ing)?|talked about|talk about|consider(?:ed|s|ing)?|explor(?:ed|es|ing)|review(?:ed|s|ing)?)\s+(?:the\s+)?(?:(?:possible|potential|further|future|planned)\s+)?(?:delivery|deliveries|provision|supply|transfer|sending)\s+of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Discusses();

    [GeneratedRegex(@"\b(?:ask|asks|asked|asking)\s+(?:the\s+)?(?:parliament|lawmakers|legislators|congress|senate|bundestag|riksdag|storting|folketing|sejm|diet)\s+to\s+(?:approve|authori[sz]e|pass|back|endorse)\b|\b(?:budget bill|draft budget|budget proposal|proposed budget|budget request|budget plan)\b|\bsubject to (?:the\s+)?(?:budget(?:ary)?\s+availability|availability of (?:funds|budget)|budget)\b|\bpropos(?:es|ed|ing)\b(?:[^.;]|\.\d){0,60}\b(?:framework|budget|allocation)\b|\bsubject to (?:the\s+)?(?:approval|adoption) of the budget\b|\b[Aa]\s+proposal\b(?:[^.;]|\.\d){0,60}\bto\s+(?:raise|provide|give|send|mobili[sz]e|allocate|spend)\b|\bproposal\b(?:[^.;]|\.\d){0,200}\b(?:for approval|subject to)\b|\bproposed to provide\b|\b(?:available|earmarked|set aside|reserved)\s+in\s+the\s+(?:\w+\s+)?budget\b|\bwork with (?:the\s+)?Congress to\b|\bsign(?:ed|s|ing)?\s+into\s+law\b|\bdraft\s+(?:20\d\d\s+)?budget\b|\bmulti-?year\s+(?:programme|program|framework|envelope|fund)\b|\bper\s+year\s+(?:during|in|for|from)\s+20\d\d\b|\bbaseline\s+funding\b|\b(?:for|during|over)\s+(?:the\s+(?:period|years)\s+)?20\d\d\s*(?:[-–]|to|through)\s*20\d\d\b|\bCongress\s+(?:\w+\s+){0,3}(?:approved|passed|appropriated)\b|\bfuture\s+budgets\b|\b(?:by|until)\s+20[3-9]\d\b|\bplans?\s+to\s+(?:double|increase|raise|boost|triple)\b|\bAppropriations\s+Act\b|\b(?:next|this)\s+year['’]s\s+budget\b|^\W*The\s+(?:(?-i:\p{Lu})[\w-]*\s+){1,5}(?:Facility|Fund|Programme|Program|Initiative|Mechanism|Instrument)\s+(?:provides|offers|finances|foresees)\b|\bunder\s+plans\b|\b(?:suggest(?:ed|s|ing)?|propos(?:ed|es|ing))\s+(?:adding|giving|providing|sending|raising|doubling)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BudgetProposal();

    [GeneratedRegex(@"\b(?:expects?|expected|hopes?|hoping|hoped)\s+to\s+(?:receive|get|secure|see|obtain)\b|\b(?:is|are|was|were)\s+(?:widely\s+|also\s+)?expected\s+to\s+(?:announce|pledge|unveil|approve|agree|sign|commit|provide|send|offer|receive|be\s+(?:delivered|sent|handed over|shipped)|arrive)\b|\b(?:could|would|might|stands? to)\s+receive\b|\b(?:is|are)\s+expected\s+in\b|\b(?:would|will)\s+(?:reach|arrive\s+in)\b|\b(?:will|would)\s+(?:also\s+)?(?:unveil|announce)\b[^.;]{0,120}\bin the coming (?:days|weeks|months)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Foresees();

    /// <summary>A halt of aid itself ("the pause covers weapons", "aid remains frozen"), not of anything else ("the halt of Russian gas flows").</summary>
    [GeneratedRegex(@"\bpostpon(?:e|es|ed|ing)\s+(?:a|the|its|their)\s+decision\b|\b(?:paus(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|suspension|halt(?:s|ed|ing)?|freez(?:e|es|ing)|froze)\b[^.;]{0,40}?\b(?:aid|assistance|shipments?|deliveries|weapons|arms|munitions|ammunition|equipment|interceptors|funding|support|packages?|disbursements?|transfers?)\b|\b(?:aid|assistance|shipments?|deliveries|weapons|arms|munitions|ammunition|funding|support|packages?|disbursements?|transfers?)\b[^.;]{0,40}?\b(?:paused|halted|suspended|frozen|on hold)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Halts();

    [GeneratedRegex(@"\b(?:resum(?:e|es|ed|ing|ption)|restart(?:s|ed|ing)?|lift(?:s|ed|ing)?|unfroze|unfreez\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Resumes();

    /// <summary>Whether the words before a sum announce it as the total of the sums before it ("..., for a total of $7.9 billion").</summary>
    public static bool IntroducesTotal(string leftContext) => TotalIntro().IsMatch(leftContext);

    [GeneratedRegex(@"\b(?:for a total of|a total of|totall?ing|in total|altogether)\s+(?:(?:more than|over|about|around|nearly|almost|some|roughly|up to)\s+)?\W?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalIntro();

    /// <summary>
    /// Whether a sentence only promises to go on giving ("will keep giving Ukraine the means to defend itself", "will continue
    /// to provide"): continued support, not a new package, unless it names a sum.
    /// </summary>
    public static bool OnlyContinues(string sentence) => Continues().IsMatch(sentence) && !NewGiving().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:keep|keeps|continue|continues|continued|go on)\s+(?:to\s+)?(?:giv|provid|send|support|supply|deliver|help|arm)\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Continues();

    [GeneratedRegex(@"\b(?:today|announc\w*|new|additional|another|further)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewGiving();

    /// <summary>Whether the words before a sum make it someone's ("Ukraine's $15.5 billion loan programme").</summary>
    public static bool IsOwnedAmount(string leftContext) => OwnedLeft().IsMatch(leftContext);

    [GeneratedRegex(@"(?:'s|’s)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnedLeft();

    /// <summary>Whether a sentence speaks of a whole year before <paramref name="year"/> ("Over the course of 2021, the United States committed $650 million").</summary>
    public static bool SpansEarlierYear(string sentence, int year) =>
        WholeYear().Match(sentence) is { Success: true } m && int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) < year;

    [GeneratedRegex(@"\b(?:over the course of|during|throughout|in the course of)\s+(?<year>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WholeYear();

    /// <summary>Whether a sentence reports a decision being taken ("announced", "approved", "pledged", "agreed"): a date in it is the decision's.</summary>
    public static bool NamesDecision(string sentence) => Decision().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:announc(?:ed|es|ing)|approv(?:ed|es|ing)|pledg(?:ed|es|ing)|unveil(?:ed|s|ing)|agreed|decided|signed|committed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Decision();

    /// <summary>Whether a sentence speaks of many countries or the world ("developing countries around the world", "across Africa").</summary>
    public static bool IsGlobalScope(string sentence) => GlobalScope().IsMatch(sentence);

    /// <summary>Whether a sentence corrects an earlier report (a correction note or a revised figure).</summary>
    public static bool IsCorrection(string sentence) => Correction().IsMatch(sentence);

    /// <summary>The length of a leading wire dateline ("BERLIN (AFP) - ", "LONDON, March 4 (Reuters) - "), 0 when there is none.</summary>
    public static int DatelineLength(string sentence) => Dateline().Match(sentence) is { Success: true } m ? m.Length : 0;

    /// <summary>
    /// Whether a sentence counts equipment, supplies or people ("40 Marder vehicles", "thousands of drones",
    /// "10,000 recruits"): a package worth an event even without an amount. Other counts ("two days",
    /// "July 9-11", the 16 of "F-16 pilots") are not.
    /// </summary>
    public static bool HasQuantity(string sentence) => Quantity().IsMatch(sentence);

    [GeneratedRegex(@"^[^.;]{0,60}?\b(?:since\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|the start|the beginning|Russia|the war|the invasion|\d{4})\b)|to date\b|so far\b|in total\b|altogether\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CumulativeRight();

    [GeneratedRegex(@"\b(?:aid|assistance|package|drawdown|grants?|funding|funds|support|humanitarian|security|military|weapons|equipment|munitions|ammunition|donat\w*|loans?|credit line|relief|pledg\w*|deliver\w*|(?:make|makes|made|making)\b(?:[^.;]|\.\d){0,60}\bavailable)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AidWord();

    [GeneratedRegex(@"\b(?:announc(?:e|es|ed|ing)|provid(?:e|es|ing)|send(?:s|ing)?|deliver(?:s|ing)?|commit(?:s|ting)?|pledg(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|authoriz(?:e|es|ed|ing))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnnounceVerb();

    [GeneratedRegex(@"\b(?:today|tonight|this week|new|another|additional|further|latest|next)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Newness();

    [GeneratedRegex(@"\b(?:package|assistance|aid|drawdown|tranche|donation|grant)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AidNounPhrase();

    [GeneratedRegex(@"^\W*(?:(?:It|This|That|These|The)\s+(?:[\w-]+\s+){0,2}?(?:includes|include|including|comprises|consists of|is made up of|covers|breaks down into|combines)\b|(?:It|This|That|These|The)\s+(?:[\w-]+\s+){0,2}?(?:will be|is being|are being|was|were)\s+(?:provided|channell?ed|delivered|disbursed|allocated)\s+(?:through|via|to)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex PartsOpener();

    [GeneratedRegex(@"^\W*The\s+remaining\s+(?:(?:[A-Z]{3}|[A-Z]?\$|[€£])\s?)?\d[\d.,]*\s*(?:million|billion)?\b|^\W*(?:The\s+(?:first|second|third|fourth|fifth|last|remaining)(?:\s+(?:part|tranche|package|portion|half|one))?|(?:First|Second|Third|Fourth|Fifth|Last|Remaining)\s+(?:part|tranche|package|portion|half))\s*(?:,|\(|\s+(?:is|was|will|comes|consists|includes|worth)\b)|^\W*(?:First|Second|Third|Fourth|Fifth|Finally),\s+(?:(?:about|approximately|up to|nearly|more than)\s+)?(?:[$€£]|[A-Z]{3}\s?\d|\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalPartOpener();

    [GeneratedRegex(@"\b(?:disbursed|disbursing|disbursement of|paid out|transferred|handed over|been handed over|been delivered|arrived|was delivered|were delivered|took delivery|(?:has|have)\s+(?:now\s+|just\s+|also\s+)?(?:delivered|shipped|transferred))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeliveredVerb();

    [GeneratedRegex(@"\b(?:since|so far|to date|in total|a total of|altogether|cumulative)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalWord();

    [GeneratedRegex(@"\b(?:sales?|sold|sell(?:s|ing)?|purchas(?:e|es|ed|ing)|exports?(?!\s+(?:finance|financing|credit))|imports?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Trade();

    /// <summary>Words that make money aid even beside a purchase ("Foreign Military Financing to purchase", "will finance a $2 billion purchase", "a grant to buy").</summary>
    [GeneratedRegex(@"\b(?:assistance|aid|grants?|donat\w*|contribut\w*|financ\w*|fund(?:s|ed|ing)?|pay(?:s|ing)? for|paid for|package|drawdown|humanitarian|relief)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AidGrant();

    [GeneratedRegex(@"\binvest(?:s|ed|ing)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Investment();

    [GeneratedRegex(@"^\s*(?:/\s*|per\s+|a\s+|an\s+|each\s+)(?:week|wk|month|mo|year|yr|day|issue)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Price();

    [GeneratedRegex(@"^\s*(?:each|apiece|a piece|per (?:unit|piece|missile|interceptor|shell|round|launcher|vehicle|aircraft|jet|drone))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitPrice();

    [GeneratedRegex(@"\b(?:including|includes|include|of which|made up of|comprising|comprises|consisting of|consists of|split between|divided between|broken down into|which includes|(?<!along\s|together\s)with)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartsIntro();

    [GeneratedRegex(@"^\s*(?:in|for|of|worth of|to\s+(?:help|support|buy|fund|finance|pay for|cover|purchase|rebuild|repair|restore|strengthen))\s+[^$€£¥\d]{2,80}?(?:,\s*(?:and\s+)?|\s+and\s+(?:another\s+|a further\s+|an additional\s+)?|,?\s+(?:along with|as well as|plus)\s+|;\s*)$|^\s*,?\s*and\s+(?:a|an|another)\s+[^$€£¥\d]{2,80}?\b(?:package|tranche|grant|loan|contribution|programme|program)\s+(?:of|worth|valued at|totall?ing)\s+(?:(?:about|approximately|around|nearly|almost|some|roughly|up to|more than|over)\s+)?$|\b(?:and|while)\s+(?:(?:will|would|also|is|are)\s+)*(?:contribut|provid|giv|send|donat|allocat|lend|grant|commit|pledg|extend)\w*\s+(?:(?:an?|another|additional|further|more than|over|about|up to)\s+)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeparateSums();

    [GeneratedRegex(@"^\s*(?<what>(?:in|for|from|through|under|of|to)\b[^,;.]{1,80}?)(?=\s*(?:,|;|\.|$|\s+and\s+(?:\$|€|£|¥|US\$|\d)))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartWords();

    [GeneratedRegex(@"\b(?:developing (?:countries|nations|economies)|countries around the world|around the world|worldwide|across (?:Africa|Asia|Latin America|the region|the Indo-Pacific|the Pacific|Europe)|low-income countries|partner countries|in the region|regional|global)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GlobalScope();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}.'’-]{2,}(?:\s+\p{Lu}[\p{Lu}.'’-]+)*(?:,\s*\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,2})?(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,30}\))?\s*[-—–:]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"(?:\bbring(?:s|ing)?\b|\bbrought\b|\braising\b|\braises\b|\btakes\b|\btaking\b|\btook\b|\brises\b|\brose\b|\bincreases\b|\bgrows\b)[^.;]{0,80}\b(?:to|past|above|beyond)\s+(?:(?:more than|over|about|around|nearly|almost|some|roughly|just over|just under)\s+)?\W?$|\b(?:total(?:s|led|ling|ed|ing)?|cumulative|overall|in all|altogether|so far|to date)\b[^.;,]{0,40}$|(?<!\bnot to\s)\b(?:now\s+)?(?:exceeds?|exceeded|stands at|amounts to|has reached|will\s+(?:now\s+)?reach)\s+(?:(?:more than|over|about|around|nearly|almost|some|roughly)\s+)?\W?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CumulativeLeft();

    [GeneratedRegex(@"\b(?:from|of|under|out of)\s+(?:the|a|an|its|their)\s+\W?$|\bof (?:that|this|which|it)\b[^.;]{0,30}$|\b(?:drawn|financed|funded|paid|taken|comes|come|coming)\s+(?:from|out of|under)\b[^.;]{0,50}$|\b(?:draws|draw|drawing)\s+(?:on|from)\b[^.;]{0,50}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PotLeft();

    [GeneratedRegex(@"\b(?:as|from|of|not)\s+(?:the\s+)?(?:\w+\s+){0,2}\W?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SupersededLeft();

    [GeneratedRegex(@"\b(?:correct(?:ed|ion|s)|an earlier version|previously reported|misstated|incorrectly (?:stated|reported|said)|erroneously|revised (?:the )?(?:value|figure|amount|total)|revised (?:up|down)ward|updated (?:the )?(?:value|figure|amount))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Correction();

    [GeneratedRegex(@"(?<![\w-])(?:(?!(?:19|20)\d\d\b)\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens|hundreds|thousands)\s+(?:of\s+)?(?:[\w/-]+\s+){0,3}?(?:tanks|vehicles|carriers|howitzers|guns|jets|aircraft|planes|helicopters|missiles|interceptors|rockets|rounds|shells|drones|launchers|systems|batteries|boats|ships|vessels|trucks|ambulances|generators|tonnes|tons|soldiers|troops|recruits|pilots|instructors|crews|personnel|sappers|terminals|radars)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Quantity();
}

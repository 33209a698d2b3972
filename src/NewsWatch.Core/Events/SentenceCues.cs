using System.Text.RegularExpressions;

namespace NewsWatch.Events;

/// <summary>Word patterns the events stage reads: who speaks and announces, deliveries, dates and scope (the cues about recaps, plans and parts of packages are in the other parts of this class).</summary>
public static partial class SentenceCues
{
    /// <summary>
    /// Whether the text left of a date makes it the day of the event the aid answers ("the armed clashes that broke out
    /// on 15 April", "the earthquakes that struck southern Türkiye and northern Syria on 6 February", "residents who fled
    /// Nagorno-Karabakh in September"), not of the announcement; nor is the year in a law's name ("the Migration and Refugee
    /// Assistance Act of 1962").
    /// </summary>
    public static bool IsBackgroundDate(string leftContext) => BackgroundEvent().IsMatch(leftContext);

    /// <summary>"to help Türkiye recover from Monday's earthquakes": a day that owns a disaster or an attack is that event's.</summary>
    public static bool OwnsBackgroundEvent(string rightContext) => DayOfEventRight().IsMatch(rightContext);

    [GeneratedRegex(@"^(?:['’]s?)?\s+(?:(?:deadly|devastating|massive|powerful|twin|huge|catastrophic|major|double|strong|first|second)\s+)*(?:earthquakes?|quakes?|floods?|flooding|attacks?|blasts?|explosions?|bombings?|storms?|cyclones?|hurricanes?|typhoons?|landslides?|disasters?|tsunami|strikes?|air\s+strikes?|airstrikes?|shelling|eruption|fire|wildfires?|invasion|offensive)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayOfEventRight();

    [GeneratedRegex(@"\b(?:broke out|struck|strikes|began|begun|started|erupted|hit|occurred|took place|happened|killed|devastated|destroyed|collapsed|flooded|invaded|attacked|fled|escaped|displaced|launched (?:its|their|his) (?:full-scale )?(?:invasion|offensive|attack)|destruction|collapse|explosion|bombing|shelling|earthquakes?|quake|floods?|flooding)\b[^,;.]{0,70}?\s(?:on|in|since|from|of|by)\s+(?:the\s+)?$|\b(?:Act|Law|Convention|Treaty|Protocol)\s+of\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BackgroundEvent();

    /// <summary>Whether the words between a sum and a party make the sum that party's ("$50 million specifically for Egypt").</summary>
    public static bool IsForRecipient(string between) => ForRecipient().IsMatch(between);

    [GeneratedRegex(@"^\s*(?:in\s+[\w-]+\s+(?:[\w-]+\s+)?)?(?:\w+ly\s+)?(?:for|to)\s+(?:the\s+)?(?:people of\s+(?:the\s+)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForRecipient();

    /// <summary>Whether the sentence speaks in the first person ("I announced", "we will provide").</summary>
    public static bool IsFirstPerson(string sentence) => FirstPerson().IsMatch(sentence);

    /// <summary>Whether the speaker announces in the first person ("I am announcing", "we are providing", "I have approved").</summary>
    public static bool AnnouncesInFirstPerson(string text) => FirstPersonAnnouncement().IsMatch(text);

    [GeneratedRegex(@"\b(?:I|[Ww]e)\s+(?:am|are|have|will|'m|’m|'re|’re|'ve|’ve)?\s*(?:now\s+|also\s+|today\s+)?(?:announcing|announced|announce|providing|approving|approved|committing|pledging)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPersonAnnouncement();

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

    /// <summary>Whether a sentence speaks of aid at all (assistance, a package, a grant, weapons...).</summary>
    public static bool NamesAid(string sentence) => AidWord().IsMatch(sentence);

    /// <summary>
    /// Whether a sentence announces new aid in so many words, with no sum: "today, I am announcing another package of
    /// security assistance", "Germany will send a new air defence package". An announcing or giving verb, new-ness and
    /// an aid noun must all be there.
    /// </summary>
    public static bool AnnouncesNewAid(string sentence) => AnnounceVerb().IsMatch(sentence) && Newness().IsMatch(sentence) && AidNounPhrase().IsMatch(sentence);

    /// <summary>Whether a sentence opens a joint statement in the signatories' voice ("We, the Ministers of Defence of Estonia, Latvia and Lithuania, ...").</summary>
    public static bool OpensJointStatement(string sentence) => JointOpening().IsMatch(sentence);

    [GeneratedRegex(@"^\W*We,\s+the\b", RegexOptions.CultureInvariant)]
    private static partial Regex JointOpening();

    /// <summary>Whether the speakers give together ("Our three countries will jointly provide", "we will together provide").</summary>
    public static bool GivesJointly(string sentence) => Jointly().IsMatch(sentence);

    [GeneratedRegex(@"\bour\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:countries|nations|governments|states)\b|\b(?:we|our countries|our governments)\b[^.;]{0,40}\b(?:jointly|together)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Jointly();

    /// <summary>
    /// Whether a sentence announces aid in so many words, today: "I am proud to announce our biggest tranche of security
    /// assistance to date", "The Department of State is providing an additional $30 million ..., bringing the total ...";
    /// its "to date" or "bringing the total" ranks or sums up around the new sum, it does not make it a recap.
    /// </summary>
    public static bool AnnouncesInSoManyWords(string sentence) => InSoManyWords().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:I am|I'm|I’m|we are|we're|we’re)\s+(?:\w+\s+)?(?:to\s+)?(?:announc(?:e|ing)|authori[sz]ing)\b|\b(?:is|are)\s+(?:today\s+)?providing\s+an?\s+(?:additional|new|further)\b|\btoday\s+(?:announced|announces|is announcing|are announcing)\b|\bannounces\s+(?:a|an)\s+(?:new|additional|further)\s+(?:contribution|package|grant|donation|allocation|tranche)\b", RegexOptions.CultureInvariant)]
    private static partial Regex InSoManyWords();

    /// <summary>
    /// Whether the words right after a giver commit it to a sum ("[The United States] will provide $657 million to repair
    /// Ukraine's grid", "[France] will provide 110 million euros in 2024", "[the EU] is releasing EUR 3.5 million in emergency
    /// humanitarian funding", "[Canada] announced that it would contribute CAD 30 million", "[the World Bank] said on Wednesday it
    /// would make $1.78 billion available", "[the EU] said separately that it was releasing 1 million euros", "[the African Development Bank]
    /// said in Abidjan that it would make $100 million available"): a pledge in so many words, however a relative
    /// clause about the war ("which Russia has attacked since October 2022") makes the sentence read to the classifier.
    /// </summary>
    /// <remarks>"would" pledges only in reported speech without a condition ("Wong said Canberra would give 5 million
    /// Australian dollars"; not "would provide $400 million if Congress agrees").</remarks>
    public static bool PledgesOwnSum(string afterGiver, string sentence) =>
        OwnPledge().Match(afterGiver) is { Success: true } m && (!m.Groups["would"].Success || ReportedSpeech().IsMatch(sentence) && !Conditional().IsMatch(PledgeClause(afterGiver, sentence, m)))
        // "Today the United States is committing $53 million": the present tense announces only with the day of the news.
        && (!m.Groups["today"].Success || TodayWord().IsMatch(sentence));

    [GeneratedRegex(@"\b(?:said|says|announced|told)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportedSpeech();

    // "and that it stood ready to do more if asked": a readiness for more, not a condition on the sum.
    /// <summary>
    /// The words a condition on a pledge would stand in: all before the sum and a stretch after it ("would provide $400 million if
    /// Congress agrees"), not a later clause about something else ("A$5 million to the relief effort, ..., and that a team of disaster
    /// specialists was on standby ... to fly out if the Nepalese government asked for it").
    /// </summary>
    private static string PledgeClause(string afterGiver, string sentence, Match pledge) =>
        (sentence.Length >= afterGiver.Length ? sentence[..(sentence.Length - afterGiver.Length)] : "")
        + afterGiver[..Math.Min(afterGiver.Length, pledge.Index + pledge.Length + ConditionReach)];

    /// <summary>How far after a pledged sum a condition still binds it, in characters.</summary>
    private const int ConditionReach = 120;

    [GeneratedRegex(@"(?<!\bmore\s+(?:[\w-]+\s+){0,2})\b(?:if|unless|provided that|once|should)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Conditional();

    [GeneratedRegex(@"^[\s’'s]{0,3}(?:(?:government|administration|also|now)\s+){0,2}(?:(?:said|says|announced|announces|confirmed)\s+(?:separately\s+|later\s+|on\s+\p{Lu}\w+\s+|in\s+\p{Lu}\w+\s+)?(?:that\s+)?(?:it|they)\s+)?(?:(?:will|shall|(?:is|are)\s+going\s+to|intends?\s+to|plans?\s+to|(?<would>would))\s+(?:also\s+|now\s+|additionally\s+|further\s+)?(?:provide|give|contribute|allocate|donate|grant|disburse|commit|deposit|lend|make(?!\s+up\b))|(?:is|are|(?<would>was|were))\s+(?:now\s+|also\s+|today\s+|immediately\s+)?(?:releasing|allocating|mobili[sz]ing|earmarking|adding)|(?:is|are)\s+(?:now\s+|also\s+|today\s+)?(?:providing|sending|committing|contributing)\s+(?:another|an\s+additional|a\s+further)(?=\s+(?:[$€£¥]|US\$|\d))|(?<today>(?:is|are)\s+(?:today\s+)?(?:providing|committing|contributing)(?=\s+(?:[$€£¥]|US\$))))\b[^.;]{0,60}?(?:[$€£¥]|\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnPledge();

    /// <summary>
    /// Whether the publisher's own body commits a sum ("Through the Bureau of International Narcotics and Law Enforcement
    /// Affairs, the Department will provide $18.5 million for courses ...", "the Department of State is committing $1.2 billion in
    /// FMF", "USAID is setting aside $38 million", "we are providing $379 million in humanitarian assistance"): a pledge, however
    /// the purpose reads.
    /// </summary>
    /// <remarks>"is committing" counts only for a recipient the sentence names: fact sheets list programmes "committing" sums to
    /// whole regions, which are no announcement to one country. "is providing" in a numbered part is the part's, not a package.</remarks>
    public static bool OfficialPledgesSum(string sentence, bool namesRecipient) =>
        OfficialPledge().Match(sentence) is { Success: true } m && (namesRecipient || !m.Groups["committing"].Success)
        // "First, the Department is providing $1.25 billion in capabilities under the Presidential Drawdown Authority": a part of the package.
        && !(m.Groups["now"].Success && OrdinalLead().IsMatch(sentence));

    [GeneratedRegex(@"^\W*(?:First|Second|Third|Fourth|Fifth|Finally),\s", RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalLead();

    /// <summary>
    /// "I also told President Zelenskyy about $225 million in new humanitarian assistance": a speaker who names a sum as new
    /// aid in the first person announces it, however the verb reads.
    /// </summary>
    public static bool NamesNewSumInFirstPerson(string sentence) => FirstPerson().IsMatch(sentence) && NewSum().IsMatch(sentence);

    [GeneratedRegex(@"(?:[$€£¥]|\b(?:USD|EUR|GBP)\s?)\d[\d.,]*\s*(?:million|billion|bn|m)?\s+(?:in|of)\s+(?:new|additional|fresh)\s+(?:[\w-]+\s+){0,2}?(?:assistance|aid|funding|support)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewSum();

    /// <summary>
    /// "U.S. Ambassador to the United Nations Linda Thomas-Greenfield announced more than $163 million in additional humanitarian
    /// assistance for people inside Sudan", "The European Commission on Monday put an extra €25mn into humanitarian aid for Gaza": a
    /// giving verb, not in the perfect, right before a sum called new, extra or additional is an announcement, however the rest of
    /// a long sentence reads.
    /// </summary>
    public static bool GivesNewSum(string sentence) => GivenNewSum().IsMatch(sentence);

    [GeneratedRegex(@"(?<!\b(?:has|have|had|been)\s+)\b(?:announc(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|commit(?:s|ted|ting)?|promis(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|put(?:s|ting)?|releas(?:e|es|ed|ing)|set(?:s|ting)?\s+aside|allocat(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|approv(?:e|es|ed|ing))\s+(?:an?\s+)?(?:(?<novel>extra|further|additional|new|fresh|initial)\s+)?(?:(?:more than|over|about|around|nearly|almost|some|roughly|up to)\s+)?(?:[$€£¥]|\b(?:US\$|A\$|C\$|NZ\$|USD|EUR|GBP|CAD|AUD|CHF|JPY|NOK|SEK|DKK|PLN)\s?)\d[\d.,]*\s*(?:million|billion|bn|mn|m|mln)?\s+(?:in|of|into|for)\s+(?:(?<novel>new|additional|fresh|extra)\s+)?(?:[\w-]+\s+){0,2}?(?:assistance|aid|funding|support|relief)\b(?(novel)|(?!))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GivenNewSum();

    [GeneratedRegex(@"\b(?:[Tt]he\s+(?:Department(?:\s+of\s+(?:State|Defense|Energy|the\s+Treasury))?|Administration|Bureau|Agency)|[Mm]y\s+Administration|USAID|[Ww]e)\s+(?:(?:will|intends\s+to|plans\s+to)\s+(?:also\s+)?(?:provide|give|commit|contribute)|(?<now>(?:is|are)\s+(?:also\s+|now\s+|today\s+)?(?:setting\s+aside|providing|contributing))|(?<committing>(?:is|are)\s+(?:today\s+)?committing))\s+(?:an?\s+additional\s+|a\s+further\s+|another\s+|nearly\s+|more than\s+|over\s+|up to\s+|approximately\s+|about\s+|roughly\s+)?(?:[$€£¥]|US\$)", RegexOptions.CultureInvariant)]
    private static partial Regex OfficialPledge();

    /// <summary>"The United States welcomes France's announcement today of €100 million in budget support for Moldova": another giver's new sum, reported.</summary>
    public static bool WelcomesAnnouncedSum(string sentence) => WelcomedSum().IsMatch(sentence);

    [GeneratedRegex(@"\bwelcom(?:e|es|ed|ing)\s+(?:the\s+)?[\w .-]{2,40}?['’]s\s+(?:recent\s+|new\s+)?(?:announcement|pledge|commitment|decision|contribution)\b[^.;]{0,40}?(?:[$€£¥]|\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WelcomedSum();

    /// <summary>Whether a sentence adds a sum to what the sentence before announced ("In addition, USD 500,000 will be provided to Syria").</summary>
    public static bool AddsToAnnouncement(string sentence) => AddedSum().IsMatch(sentence);

    [GeneratedRegex(@"^\W*(?:In addition|Additionally|Furthermore|Moreover),?\s[^.;]{0,80}?\b(?:(?:will|shall|is to|are to)\s+(?:also\s+)?be\s+(?:provided|allocated|given|granted|sent|donated|disbursed|channell?ed|made available)|(?:will|shall)\s+(?:also\s+)?(?:provide|allocate|give|grant|send|donate|contribute))\b", RegexOptions.CultureInvariant)]
    private static partial Regex AddedSum();

    /// <summary>Whether a sentence performs a decision ("I hereby determine ... to furnish assistance ... not to exceed $50 million", "I delegate to you the authority ... to order the drawdown of up to $350 million", "I find that the national interest is served by drawing up to $20 million").</summary>
    public static bool IsPerformative(string sentence) => Performative().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:I|we)\s+hereby\s+(?:determine|direct|authori[sz]e|delegate|approve)\b|\bI\s+delegate\s+to\s+(?:you|the\s+Secretary)\b|\bI\s+(?:determine|find)\s+that\b|\b(?:I|we)\s+have\s+just\s+(?:authori[sz]ed|approved|directed)\b|\b(?:I am|I'm|I’m|we are|we're|we’re)\s+(?:now\s+|also\s+)?(?:approving|authori[sz]ing|committing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Performative();

    /// <summary>
    /// Whether a sentence reports aid paid out or handed over as news ("Today, the Commission disbursed €1 billion",
    /// "the first howitzers have been handed over"), not a running total ("has disbursed $20 billion since 2022").
    /// </summary>
    /// <remarks>A rank counted over time ("the largest single tranche ... since the invasion began") is no running total; a leader who
    /// "arrived in Kyiv by train ... in an unannounced visit and pledged" is visiting, and nothing arrived.</remarks>
    public static bool ReportsDelivery(string sentence) => DeliveredVerb().IsMatch(sentence) && (!TotalWord().IsMatch(sentence) || RankedSince().IsMatch(sentence) && !TotalWord().IsMatch(RankedSince().Replace(sentence, "")));

    /// <summary>"The Treasury today announced that $1.7 billion in economic assistance has been disbursed to the Government of Ukraine": news of today, not a recap.</summary>
    public static bool ReportsTodaysDelivery(string sentence) => TodayWord().IsMatch(sentence) && ReportsDelivery(sentence);

    /// <summary>
    /// Whether a sentence reports money paid out ("The European Union paid 4.5 billion euros to Ukraine on Wednesday", "Ukraine has
    /// received $880 million from the International Monetary Fund ..., the finance minister said on Tuesday"), not a running total
    /// of payments ("total payments this year reach about €16.1 billion").
    /// </summary>
    public static bool ReportsPayment(string sentence) => PaidVerb().IsMatch(sentence) && !TotalWord().IsMatch(sentence) && !RunningTotal().IsMatch(sentence);

    /// <summary>
    /// "The European Commission has disbursed EUR 100 million to Moldova as the second instalment of ...": one numbered
    /// payment of a programme, reported when it is made ("paid out ... in monthly instalments" is a year's total).
    /// </summary>
    public static bool ReportsInstalment(string sentence) => ReportsPayment(sentence) && NumberedInstalment().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:disbursed|paid|transferred|completed\s+(?:(?:this|last)\s+week\s+|today\s+|on\s+\w+\s+)?the\s+(?:disbursement|transfer|payment)\s+of)\b|\b(?:has|have)\s+(?:just\s+)?received\s+(?:an?\s+|another\s+|the\s+)?(?:(?:further|first|second|third|new|fresh|latest)\s+)?(?:[$€£¥]|US\$|(?:USD|EUR)\s?|\d)[^.;]{0,40}?\bfrom\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PaidVerb();

    [GeneratedRegex(@"\b(?:total|totals|totalling|totaling|reach|reaches|reached|amounts?\s+to|bring|brings|bringing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RunningTotal();

    [GeneratedRegex(@"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|latest|next|\d+(?:st|nd|rd|th))\s+(?:instal?ment|tranche|payment|disbursement)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberedInstalment();

    [GeneratedRegex(@"\b(?:largest|biggest|greatest|single largest|first)\b[^.;]{0,80}?\b(?:since|so far|to date|ever|yet)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RankedSince();

    /// <summary>
    /// Where a sentence's giver is a crowd ("About 70 countries and organisations meeting in Paris on Tuesday pledged roughly
    /// 1 billion euros", "International donors promised more than €2 billion"): the end of the giving verb, else -1. A
    /// total of many givers is nobody's package.
    /// </summary>
    public static int CollectiveGiverEnd(string sentence)
    {
        // After any wire dateline: "PARIS, Oct 24 (Corvane Press Agency) - Donors meeting in Paris on Thursday pledged ...".
        var from = DatelineLength(sentence);
        return CollectiveGivers().Match(sentence[from..]) is { Success: true } m ? from + m.Index + m.Length : -1;
    }

    [GeneratedRegex(@"^(?:\W*\p{Lu}[\p{Lu} .'-]+(?:,\s*[\w .]{1,12})?(?:\s*\([^)]{1,30}\))?\s*(?:—|–|-)\s*)?(?:(?:Together|In all|In total|Altogether|(?:At|During|On)\s+[^,;.]{1,60}),\s+)?(?:the\s+)?(?:(?:about|some|around|nearly|more than|over|dozens of|several|many)\s+)?(?:\d+\s+)?(?:participating\s+|attending\s+)?(?:international\s+|western\s+|foreign\s+|(?:Muslim|Arab|Gulf|European|Nordic|Asian|African|Western|Islamic)\s+)?(?:donor\s+)?(?:countries|nations|donors|governments|participants|delegations|partners|allies|world\s+leaders)\b(?:\s+and\s+(?:organi[sz]ations|institutions|agencies|international organi[sz]ations))?[^.;]{0,80}?\b(?:pledged|promised|committed|raised|announced|put\s+together|mobili[sz]ed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CollectiveGivers();

    /// <summary>Whether a sentence reports a decision being taken ("announced", "approved", "pledged", "agreed"): a date in it is the decision's.</summary>
    public static bool NamesDecision(string sentence) => Decision().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:announc(?:ed|es|ing)|approv(?:ed|es|ing)|pledg(?:ed|es|ing)|unveil(?:ed|s|ing)|agreed|decided|signed|committed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Decision();

    /// <summary>Whether a sentence speaks of many countries or the world ("developing countries around the world", "across Africa").</summary>
    public static bool IsGlobalScope(string sentence) => GlobalScope().IsMatch(sentence);

    /// <summary>"In Washington, the World Bank said": nothing but a comma (and "the") between a city and whoever speaks there.</summary>
    public static bool IsCommaThe(string between) => CommaThe().IsMatch(between);

    [GeneratedRegex(@"^\s*,\s*(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CommaThe();

    /// <summary>The length of a leading wire dateline ("BERLIN (AFP) - ", "LONDON, March 4 (Reuters) - "), 0 when there is none.</summary>
    public static int DatelineLength(string sentence) => Dateline().Match(sentence) is { Success: true } m ? m.Length : 0;

    /// <summary>
    /// Whether a sentence counts equipment, supplies or people ("40 Marder vehicles", "thousands of drones",
    /// "10,000 recruits"): a package worth an event even without an amount. Other counts ("two days",
    /// "July 9-11", the 16 of "F-16 pilots") are not.
    /// </summary>
    public static bool HasQuantity(string sentence) => Quantity().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:aid|assistance|package|drawdown|grants?|funding|funds|support|humanitarian|security|military|weapons|equipment|munitions|ammunition|donat\w*|loans?|credit line|relief|pledg\w*|deliver\w*|(?:make|makes|made|making)\b(?:[^.;]|\.\d){0,60}\bavailable)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AidWord();

    /// <summary>
    /// Whether the words right after a party make it give ("[India] commits to providing", "[India], through its $10 million
    /// commitment to the WHO's initiative, will offer", "[Japan] will contribute"), past one aside between commas; never a
    /// party that receives ("[Ukraine] will receive").
    /// </summary>
    public static bool GivesRight(string right) => GivingVerbRight().IsMatch(right);

    [GeneratedRegex(@"^(?:\s*,[^,]{1,120},)?\s+(?:also\s+|further\s+|now\s+)?(?:commits?\s+to\s+(?:provid|offer|deliver|donat|contribut|suppl)\w*|pledges|donates|provides|contributes|will\s+(?:also\s+)?(?:provide|offer|give|donate|contribute|supply|send|deliver))\b", RegexOptions.CultureInvariant)]
    private static partial Regex GivingVerbRight();

    /// <summary>
    /// Whether the words right after the giver commit it to giving ("[Germany] will donate", "[Germany] announced today it will
    /// send", "[Japan] intends to provide", "[the United States and Japan] will collaborate ... and intend to contribute" does not:
    /// the verb must follow the giver or its announcement at once). A commitment is news without a sum; "will continue to
    /// provide" carries on what was given and is none.
    /// </summary>
    public static bool CommitsToGive(string right) => CommitmentRight().IsMatch(right);

    [GeneratedRegex(@"^(?:\s*,[^,]{1,120},)?\s+(?:(?:today|also|now|has|have|on\s+(?-i:\p{Lu})\w+)\s+)*(?:(?:announced|announces|said|says|confirmed|decided|agreed|pledged|pledges|promised|committed)\s+(?:(?:that|today|on\s+(?-i:\p{Lu})\w+)\s+)*(?:it|they)?\s*)?(?:will|would|is\s+to|are\s+to|plans?\s+to|intends?\s+to|(?:is|are)\s+going\s+to|to)\s+(?:also\s+|soon\s+|immediately\s+|jointly\s+)?(?:provide|give|donate|supply|send|deliver|contribute|transfer|allocate)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommitmentRight();

    /// <summary>
    /// Whether the sentence credits the one addressed with aid ("thank you, Mr. Prime Minister, for the new package of military aid
    /// you recently announced", "thank you for your generous support", "the assistance you have provided").
    /// </summary>
    public static bool CreditsAddressee(string sentence) => AddresseeGives().IsMatch(sentence);

    [GeneratedRegex(@"\b[Tt]hank\s+you\b[^.;]{0,60}?\bfor\s+(?:the|your|all\s+the)\b|\byou\s+(?:have\s+|recently\s+|just\s+)*(?:announced|pledged|provided|committed|sent|delivered|donated|given)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AddresseeGives();

    /// <summary>
    /// Whether an official named by title alone announces aid ("yesterday, the president announced the largest-ever military
    /// drawdown for Taiwan", "The Secretary today announced new security assistance for Ukraine"): in the publisher's own
    /// document the title is its government's, and the announcement is news even without a sum.
    /// </summary>
    /// <param name="justNow">Whether the announcement is "just" made ("as the President just announced, the United States will carry out airdrops").</param>
    public static bool OfficialAnnouncesAid(string sentence, out bool justNow)
    {
        var m = OfficialAnnouncement().Match(sentence);
        justNow = m.Success && m.Groups["just"].Success;
        return m.Success && AidNounPhrase().IsMatch(sentence[(m.Index + m.Length)..]);
    }

    [GeneratedRegex(@"\b[Tt]he\s+(?:[Pp]resident|[Vv]ice\s+[Pp]resident|[Ss]ecretary(?:\s+of\s+(?:State|Defense))?|[Pp]rime\s+[Mm]inister|Administration|Government)\s+(?:(?:today|yesterday|also|(?<just>just)|has|have|this\s+morning)\s+){0,2}(?:announced|announces|is\s+announcing)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OfficialAnnouncement();

    [GeneratedRegex(@"\b(?:announc(?:e|es|ed|ing)|provid(?:e|es|ing)|send(?:s|ing)?|deliver(?:s|ing)?|commit(?:s|ting)?|pledg(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|authoriz(?:e|es|ed|ing)|handed\s+over)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnnounceVerb();

    [GeneratedRegex(@"\b(?:today|tonight|this week|new|another|additional|further|latest|next)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Newness();

    [GeneratedRegex(@"\b(?:package|assistance|aid|drawdown|tranche|donation|grant|shipment|consignment|batch)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AidNounPhrase();

    /// <summary>
    /// Whether a lender's board approved a sum ("The International Monetary Fund said on Friday its executive board had approved a
    /// $118.2 million interest-free loan to Mozambique"): how a bank or fund announces.
    /// </summary>
    public static bool BoardApprovesSum(string sentence) => BoardApproved().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:executive\s+)?board(?:\s+of\s+(?:executive\s+)?directors)?\s+(?:has\s+|had\s+|have\s+)?(?:approved|endorsed)\s+(?:an?\s+|the\s+)?(?:(?:new|further|additional|fresh|emergency)\s+)?(?:(?:about|around|some|nearly|more\s+than|up\s+to)\s+)?(?:[$€£¥]|US\$|(?:USD|EUR|SDR)\s?|\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoardApproved();

    /// <summary>
    /// Whether the speaker decides in the first person that the country will give ("That is why I have decided that we will
    /// provide Ukraine with more advanced rocket systems"): an announcement, with or without a sum.
    /// </summary>
    public static bool DecidesInFirstPerson(string sentence) => FirstPersonDecision().IsMatch(sentence);

    [GeneratedRegex(@"\bI\s+(?:have\s+|['’]ve\s+)?(?:decided|directed|approved|authorized)\s+(?:that\s+)?(?:we|the\s+United\s+States|America|my\s+Administration)\s+will\s+(?:provide|send|give|deliver|supply)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPersonDecision();

    [GeneratedRegex(@"\b(?:disbursed|disbursing|disbursement of|completed the (?:transfer|disbursement) of|paid out|paid(?=\s+(?:an?\s+|the\s+)?(?:first\s+|second\s+|third\s+|further\s+|another\s+)?(?:[$€£¥]|\d|(?:EUR|USD)\b))|transferred|(?<!\b(?:to|will|would|shall)\s+be\s+)handed over|been handed over|been delivered|(?:was|were|been)\s+paid\s+(?:in)?to|arrived(?![^.;]{0,60}?\b(?:visit|trip|tour)\b)|was delivered|were delivered|took delivery|(?:has|have)\s+(?:now\s+|just\s+|also\s+)?(?:delivered|shipped|transferred))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeliveredVerb();

    [GeneratedRegex(@"\b(?:since|so far|to date|in total|a total of|altogether|cumulative)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalWord();

    [GeneratedRegex(@"\b(?:developing (?:countries|nations|economies)|countries around the world|around the world|worldwide|across (?:(?:Southeast|South|Central|East|West|Sub-Saharan|North)\s+)?(?:Africa|Asia|Latin America|the region|the Indo-Pacific|the Pacific|Europe|the Americas|the Caribbean)|low-income countries|partner countries|in the region|regional|global)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GlobalScope();

    [GeneratedRegex(@"^(?:\p{Lu}[\p{Lu}.'’-]{2,}|\p{Lu}{2}(?=\s+\p{Lu}{2}))(?:\s+\p{Lu}[\p{Lu}.'’-]+)*(?:,\s*\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,2})?(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,30}\))?\s*[-—–:]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"(?<![\w-])(?:(?!(?:19|20)\d\d\b)\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens|hundreds|thousands)\s+(?:of\s+)?(?:[\w/-]+\s+){0,3}?(?:tanks|vehicles|carriers|howitzers|guns|jets|aircraft|planes|helicopters|missiles|interceptors|rockets|rounds|shells|drones|launchers|systems|batteries|boats|ships|vessels|trucks|ambulances|generators|tonnes|tons|soldiers|troops|recruits|pilots|instructors|crews|personnel|sappers|terminals|radars)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Quantity();

    /// <summary>
    /// Whether the speaker announces as they speak ("Today I am announcing another package ..., which will provide ... spare parts for the
    /// artillery systems we have already sent"): a clause recalling earlier aid does not make such a sentence a recap.
    /// </summary>
    public static bool IsAnnouncingNow(string sentence) => AnnouncingNow().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:I|[Ww]e)\s+(?:am|are|'m|’m|'re|’re)\s+(?:now\s+|also\s+|today\s+)?announcing\b", RegexOptions.CultureInvariant)]
    private static partial Regex AnnouncingNow();
}

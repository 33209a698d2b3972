using System.Text.RegularExpressions;

namespace NewsWatch.Events;

/// <summary>Cues that a sum or a sentence recalls earlier aid: running totals, recaps, corrections and the packages a new one sits beside.</summary>
public static partial class SentenceCues
{
    /// <summary>
    /// Whether the text left of an amount makes it a running total ("brings total US aid to $46 billion",
    /// "totalling €17 billion"), the larger pot a payment comes from ("the first payment from the
    /// €50 billion fund", "part of a $61 billion package") or a share of the package ("of that, $600
    /// million will come from stocks") rather than the value of what is announced. "Because of this law, I am approving today a
    /// $1 billion package" names a cause, not a pot, and "completed the disbursement of a $1.25 billion tranche" what was paid.
    /// </summary>
    public static bool IsCumulativeAmount(string leftContext) =>
        (CumulativeLeft().IsMatch(leftContext) && !NewTotalLeft().IsMatch(leftContext) && !RankedLeft().IsMatch(leftContext)) || PotLeft().IsMatch(leftContext) || EarlierPackageLeft().IsMatch(leftContext);

    /// <summary>
    /// "Since Russia launched its full-scale invasion in February 2022, the United States has committed more than $44 billion
    /// ..., and the package I am announcing comes on top of that figure": a sentence that opens with a running total, and names
    /// no other sum, recalls, whatever it goes on to say (the package announced is named in a sentence of its own).
    /// </summary>
    public static bool OpensWithRunningTotal(string sentence) => RunningTotalOpener().IsMatch(sentence);

    [GeneratedRegex(@"^\W*Since\b[^;]{0,160}?\b(?:has|have)\s+(?:now\s+)?(?:committed|provided|given|pledged|allocated|disbursed|delivered|sent|contributed)\s+(?:(?:more than|over|about|around|nearly|almost|some|roughly|a total of)\s+)*(?:[$€£¥]|US\$|\d|(?-i:[A-Z]{3})\s?\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RunningTotalOpener();

    /// <summary>
    /// "comes on top of the $775 million drawdown", "comes two days after the head of USAID announced $11.5 million", "in
    /// addition to the Emergency Grant Aid of USD 10 million", "it had
    /// already committed about $53 million": a package given before.
    /// </summary>
    [GeneratedRegex(@"\b(?:on top of|in addition to|builds? on|adds? to)\s+(?:the|its|our|their|an?\s+earlier)\s+(?:[\w-]+\s+){0,4}?$|\b(?:on top of|in addition to)\s+(?:[\w,-]+\s+){1,6}?(?:worth|totall?ing|valued\s+at)\s+(?:(?:about|around|some|nearly|more\s+than|over|roughly)\s+)?$|\b(?:whose|its|their|his|her)\s+(?:initial|earlier|original|previous|first)\s+(?:offer|pledge|contribution|donation|grant)\s+of\s+$|\b(?:comes?|came)\s+(?:[\w-]+\s+){0,3}?(?:after|since)\b[^.;]{0,120}?\bannounced\s+(?:(?:more than|over|about|around|nearly|some)\s+)?\W?$|\b(?:has|have|had)\s+already\s+(?:committed|pledged|provided|given|sent|announced|delivered|allocated|disbursed)\s+(?:(?:more than|over|about|around|nearly|almost|some|roughly)\s+)?\W?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EarlierPackageLeft();

    /// <summary>"our biggest tranche of security assistance to date: approximately $2.98 billion": a rank, not a running total.</summary>
    [GeneratedRegex(@"\b(?:biggest|largest|highest|most significant)\b[^.;]{0,60}\b(?:to date|so far|yet|ever)\b[^.;,]{0,40}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RankedLeft();

    /// <summary>"new contributions totaling $316 million", "decided to extend Emergency Grant Aid totalling 8.5 million US dollars": the
    /// total of what is announced now, not a running total.</summary>
    /// <remarks>Also a package's own total value ("its eighteenth donation package to Ukraine, with a total value of DKK 5.3
    /// billion", "the two measures, worth a total of €500 million", "a combined package of security assistance for Ukraine totaling $2.45 billion",
    /// "I am announcing that the United States is providing a total of $2.47 billion").</remarks>
    [GeneratedRegex(@"\b(?:decided|decides|agreed|agrees)\s+to\s+(?:extend|provide|grant|give|allocate|contribute|donate)\b[^.;]{0,60}\btotall?ing\s+(?:(?:more than|over|about|around|nearly|almost|some|roughly|up to)\s+)?\W?$|\b(?:new|additional|another|fresh)\b[^.;]{0,60}\btotall?ing\s+(?:(?:more than|over|about|around|nearly|almost|some|roughly|up to)\s+)?\W?$|\b(?:package|tranche)\b[^.;]{0,60}\btotall?ing\s+(?:(?:more than|over|about|around|nearly|almost|some|roughly|up to)\s+)?\W?$|\b(?:package|donation|tranche|contribution)\b[^.;]{0,40}\b(?:with|has|of|at|for)\s+a\s+total\s+(?:value|worth|cost)\s+of\s+(?:(?:more than|over|about|around|nearly|almost|some|roughly|up to)\s+)?\W?$|\b(?:will|would)\s+(?:[\w-]+\s+){1,5}a\s+total\s+of\s+(?:(?:more than|over|about|around|nearly|almost|some|roughly|up to)\s+)?\W?$|\bannounc(?:e|es|ed|ing)\b[^.;]{0,80}\b(?:providing|provides?|committing|commits?|sending|sends?|allocating|allocates?)\s+a\s+total\s+of\s+(?:(?:more than|over|about|around|nearly|almost|some|roughly|up to)\s+)?\W?$|\b(?:worth|valued at|amounting to)\s+a\s+total\s+of\s+(?:(?:more than|over|about|around|nearly|almost|some|roughly|up to)\s+)?\W?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewTotalLeft();

    /// <summary>
    /// "Australia will send another 30 Bushmasters to Ukraine as part of a A$110 million military package announced by
    /// Defence Minister Richard Marles on Friday": the package the items belong to is the one being announced, so its sum
    /// is the announcement's, not a larger pot (an earlier package named so is dated earlier and read as a recap anyway).
    /// </summary>
    public static bool IsPartOfAnnouncedPackage(string leftContext, string rightContext) =>
        PartOfLeft().IsMatch(leftContext) && AnnouncedPackageRight().IsMatch(rightContext);

    [GeneratedRegex(@"\bpart\s+of\s+(?:a|an|the)\s+\W?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartOfLeft();

    [GeneratedRegex(@"^\s*(?:(?:in|of)\s+)?(?:[\w-]+\s+){0,3}?(?:package|tranche)\s+(?:(?:that|which)\s+(?:was|were|is|has been)\s+)?(?:announced|unveiled)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnnouncedPackageRight();

    /// <summary>Whether the amount is the wrong, superseded one in a correction ("misstated ... as $1.5 billion").</summary>
    public static bool IsSupersededAmount(string sentence, string leftContext) =>
        Correction().IsMatch(sentence) && SupersededLeft().IsMatch(leftContext);

    /// <summary>Whether the text right of an amount makes it a total of earlier aid ("$159 million since October 2020", "... to date"),
    /// or authority left over ("about $3.85 billion in drawdown authority will remain available", "the roughly $6 billion left in
    /// its authority").</summary>
    /// <remarks>"... and is the largest package so far" ranks this package; it is not a total;
    /// "the $10 million Australia has already committed" is a package given before, and so is "$324 million in previously
    /// announced funding".</remarks>
    public static bool IsCumulativeRight(string rightContext) => CumulativeRight().IsMatch(rightContext) && !RanksSoFar().IsMatch(rightContext) || AlreadyGivenRight().IsMatch(rightContext)
        || ShareOfRight().IsMatch(rightContext) || PreviouslyGivenRight().IsMatch(rightContext) || LeftOverRight().IsMatch(rightContext);

    /// <summary>"only about $100 million of our drawdown authority is left", "$1.5 billion of the economic assistance remains": what is left to give, not a gift.</summary>
    [GeneratedRegex(@"^\s*(?:of\s+(?:[\w'’-]+\s+){1,8}?)?(?:is|are)\s+(?:still\s+)?left\b|^\s*(?:of\s+(?:[\w'’-]+\s+){1,8}?)?remains?\b(?!\s+(?:committed|determined|steadfast|ready))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeftOverRight();

    /// <summary>
    /// Whether the text left of an amount makes it an estimate of needs or costs, not aid ("external financing, which
    /// Ukrainian authorities estimate at roughly $5 billion a month", "Rebuilding Ukraine will cost an estimated $486 billion", "A
    /// post-disaster assessment ... put the cost of recovery at about $3.2 billion").
    /// </summary>
    public static bool IsEstimate(string leftContext) => EstimateLeft().IsMatch(leftContext);

    [GeneratedRegex(@"\bestimat(?:e|es|ed|ing)\s+(?:it\s+|them\s+|that\s+)?(?:at|to be|to cost|to need|to total)\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over|up to|at least)\s+)?\W?$|\b(?:will|would|could|to)\s+cost\s+(?:(?:an\s+estimated|about|around|roughly|nearly|almost|some|more than|over|at least)\s+)?\W?$|\b(?:estimat(?:e|es|ed|ing)|put|puts|putting|pegged|pegs|assessed|assesses|valued|values)\s+(?:the\s+)?(?:total\s+|overall\s+)?(?:cost|costs|needs|damage|damages|losses|bill|price\s+tag)\b[^.;$€£¥]{0,80}?\s+at\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over|up to|at least|an estimated)\s+)?\W?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EstimateLeft();

    /// <summary>"will redirect $324 million in previously announced funding": money given before, moved, not new.</summary>
    [GeneratedRegex(@"^\s*(?:in|of)\s+(?:previously|already|earlier)[\s-]+(?:announced|appropriated|committed|pledged|allocated|approved|obligated)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PreviouslyGivenRight();

    /// <summary>
    /// "I am confirming that the United States will provide $20 billion of that total": a giver's own share of a joint total,
    /// given now, is its package (unlike "£200 million of the package will be spent on the drones").
    /// </summary>
    public static bool IsOwnShareOfTotal(string leftContext, string rightContext) => ShareOfRight().IsMatch(rightContext) && GivesSumNext().IsMatch(leftContext);

    [GeneratedRegex(@"\b(?:will|would|shall|to)\s+(?:provide|contribute|give|lend|supply|pay)\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|some\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GivesSumNext();

    /// <summary>"Around £200 million of the package will be spent on the drones": a share of the package, not one.</summary>
    [GeneratedRegex(@"^\s*of\s+(?:the|this|that)\s+(?:package|total|amount|sum|funding|contribution)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareOfRight();

    [GeneratedRegex(@"^[^.;,]{0,40}?\b(?:has|have|had)\s+already\s+(?:committed|pledged|provided|given|sent|announced|delivered|allocated|disbursed)\b|^[^.;]{0,60}?\bincluding\b[^.;]{0,60}?\balready\s+(?:promised|pledged|committed|announced)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlreadyGivenRight();

    [GeneratedRegex(@"^[^.;]{0,40}?\b(?:largest|biggest|greatest|most significant|single largest|first)\b[^.;]{0,60}?\b(?:so far|to date|ever|yet|since)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RanksSoFar();

    /// <summary>
    /// Whether a sentence recalls an announcement made before the document ("Japan's pledge of US$5.5 billion announced
    /// earlier this week", "the European Union's decision earlier this month to provide €50 billion", "pledged EUR 2.5
    /// billion at last year's conference") or aid already on its way ("the F-16s it is receiving from Denmark"): a
    /// mention of that event, not news of its own. So does a sentence that sets today's aid beside an earlier decision
    /// ("This comes on top of the $200 million I approved on March 12", "The equipment builds on the $800 million package
    /// announced on April 13") or recalls one ("noted that the United States had announced a $100 million drawdown on May 19",
    /// "the EU's €1.8 billion growth plan for Moldova, agreed last year"), or speaks of aid already paid for ("existing
    /// orders ... were already financed from earlier budgets and will be delivered as planned"), or came just before
    /// ("The arrival comes days after President Biden announced ..."), or is noted ("The Secretary noted the $200 million
    /// drawdown announced on August 14", "reviewed the $175 million drawdown package announced on December 6", "went over the
    /// security assistance the United States continues to provide, including the drawdown of $1 billion that the Department of
    /// Defense announced on Monday"), or is a
    /// giver's share of a tally ("The United States accounts for the largest share, with close to $77 billion").
    /// </summary>
    public static bool RecallsEarlierAnnouncement(string sentence) => EarlierThis().IsMatch(sentence);

    /// <summary>Whether a sentence names a package as announced today ("the $325 million security assistance package announced today").</summary>
    public static bool NamesPackageAnnouncedToday(string sentence) => AnnouncedToday().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:package|tranche|assistance|aid|funding)\s+(?:[\w-]+\s+){0,3}?(?:announced|unveiled|approved)\s+(?:today|this\s+morning)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnnouncedToday();

    /// <summary>
    /// Whether a sentence dates what it tells to last week ("Germany delivered 18 of its own Leopards last week"): past
    /// the lede of an article, a recap of earlier aid (the lede's "confirmed last week" is still its news).
    /// </summary>
    public static bool SaysLastWeek(string sentence) => LastWeek().IsMatch(sentence) && !TodayWord().IsMatch(sentence);

    [GeneratedRegex(@"\blast\s+(?:week|weekend)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LastWeek();

    [GeneratedRegex(@"^\W*(?:(?:This|These|The|Today's|Today’s)(?:\s+[\w-]+){0,2}|It)\s+(?:also\s+)?(?:builds?\s+on|comes?\s+(?:on top of|in addition to)|follows|adds?\s+to)\b[^.;]{0,100}\b(?:announced|approved|pledged|committed|authori[sz]ed|unveiled|provided|decided|agreed|extended)\b|\b(?:has|have)\s+been\s+(?:channel+ed|delivered|provided|sent|donated|disbursed)\s+to\b|\b(?:most recent|previous)\s+(?:[\w-]+\s+){0,3}?(?:package|tranche|drawdown|pledge|contribution)\b|\b(?:has|have)\s+(?:already\s+)?(?:delivered|provided|sent|given|donated)\s+(?:this\s+(?:autumn|fall|spring|summer|winter|year)|so far|to date)\b|\b(?:recalled|reminded\s+\w+)\s+that\b|\b(?:has|have)\s+included\b|^\W*(?:Before\s+(?:the|this|that|it)\b|Previously\b)|\bwelcome\s+the\s+progress\s+(?:made\s+)?in\s+implementing\b|^\W*(?:Together|Altogether|In total|Overall),?\s+(?:the\s+)?(?:commitments|pledges|contributions)\b|\bcontinu(?:es|e|ing)\s+to\s+(?:absorb|receive|integrate)\b|\b(?:has|have)\s+(?:already\s+)?said\s+(?:it|they|he|she)\s+(?:will|would)\b|\bas\s+(?:previously\s+|already\s+)?announced\s+(?:earlier|previously|before)\b|\b(?:we|I)\s+recall\b|\brecall(?:s|ed)?\s+(?:our|its|their|the)\s+(?:decision|commitment|pledge)\b|\b(?:reiterat|reaffirm)(?:ed|es|s|ing)?\b|\b(?:noted|pointed out)\s+that\b[^.;]{0,80}\bhad\s+(?:already\s+)?(?:announced|pledged|committed|approved|authori[sz]ed|provided)\b|\bearlier\s+(?:this|in\s+the)\s+(?:week|month|year)\b|\bhad\s+already\s+(?:announced|pledged|committed|promised|approved|allocated)\b|\blast\s+(?:year|month|week)['’]s\b|\b(?:is|are)\s+(?:already\s+)?receiving\s+from\b|\b(?:has|have)\s+(?:already\s+)?received\b|\b(?:package|aid|assistance|support|pledge|contribution|funding|that|which|it)\s+(?:was\s+|had\s+been\s+|has\s+been\s+)?already[\s-]+announced\b|(?<!\b(?:systems|equipment|weapons|items|capabilities|platforms|howitzers|launchers|tanks|vehicles|jets|that|which)\s+(?:we|they|it|you)\s+)\b(?:has|have|had)\s+already\s+(?:delivered|sent|provided|given|donated|supplied|handed over)\b|\b(?:agreed|announced|approved|pledged|promised|committed|adopted|launched|unveiled|signed)\s+(?:last|the previous)\s+(?:year|month)\b|\b(?:is|are|was|were|has been|have been|had been)\s+already\s+(?:financed|funded|paid for|budgeted)\b|^\W*Remaining\s+(?:funds|authority|money|budget)\b|\b(?:authority|funds|funding)\s+(?:will|would)\s+remain\b|\bannounced\s+in\s+recent\s+(?:days|weeks|months)\b|^\W*(?:(?:This|These|The|Today's|Today’s)(?:\s+[\w-]+){0,2}|It)\s+comes?\s+(?:(?:only\s+|just\s+)?(?:a|an|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?)|days|weeks)\s+after\b|\b(?:noted|highlighted|reviewed|recalled|welcomed|went\s+over|discussed)\s+the\s+[^.;]{0,150}?\bannounced\s+(?:on|last|earlier)\b|\baccounts?\s+for\s+(?:the\s+)?(?:largest|biggest|second-largest|a|an)\s+(?:[\w-]+\s+)?share\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EarlierThis();

    /// <summary>Whether the text left of a date makes it the start of a period ("since August 2021").</summary>
    public static bool CountsSince(string leftContext) => SinceLeft().IsMatch(leftContext);

    [GeneratedRegex(@"\bsince\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SinceLeft();

    /// <summary>
    /// "Germany's contribution comes on top of the three Patriot systems it has already delivered": beside aid given before.
    /// "Equipment committed to Ukraine to date includes 2,000 Stingers": what was given so far, a recap. So is what a giver "has
    /// also delivered", what "arrived over the past year", and "the F-16s, which the Netherlands and Denmark have pledged".
    /// </summary>
    public static bool SetsBesideEarlier(string sentence) => BesideEarlier().IsMatch(sentence) || GivenSoFar().IsMatch(sentence) || YearsAgo().IsMatch(sentence)
        || GivenBefore().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:has|have)\s+(?:also|already)\s+(?:delivered|sent|provided|supplied|donated|handed over)\b|\bwhich\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?(?:has|have|had)\s+(?:already\s+)?(?:pledged|promised|committed|provided|delivered)\b|\b(?:over|during|in)\s+the\s+(?:past|last)\s+(?:year|(?:few|several|two|three|six|twelve|\d+)\s+(?:months|years|weeks))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GivenBefore();

    /// <summary>"Two years ago, Putin sent well over 150,000 troops across Ukraine's borders": what a sentence opening so tells is history.</summary>
    [GeneratedRegex(@"^\W*(?:(?:two|three|four|five|six|ten|\d+|many|several|a\s+few)\s+years|a\s+year|(?:a\s+)?decades?)\s+ago\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearsAgo();

    [GeneratedRegex(@"\b(?:committed|provided|delivered|pledged|donated|sent|given)\s+(?:to\s+(?:the\s+)?\p{Lu}[\w-]*\s+)?(?:to\s+date|so\s+far|thus\s+far)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GivenSoFar();

    [GeneratedRegex(@"\b(?:comes?\s+on top of|in addition to|adds?\s+to)\b[^.;]*\b(?:has|have|had)\s+already\s+(?:delivered|sent|provided|given|donated|committed|pledged)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BesideEarlier();

    /// <summary>
    /// Whether a sentence only promises to go on giving ("will keep giving Ukraine the means to defend itself", "will continue
    /// to provide", "The delivery of the F-16s ... is proceeding according to the agreed schedule", "continues to train Ukrainian
    /// pilots"): continued support, not a new package, unless it names a sum.
    /// </summary>
    public static bool OnlyContinues(string sentence) => Continues().IsMatch(sentence) && !NewGiving().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:keep|keeps|continue|continues|continued|go on)\s+(?:to\s+)?(?:giv|provid|send|support|supply|deliver|help|arm|train)\w*|\b(?:is|are)\s+proceeding\s+(?:according to|in line with|on)\s+(?:the\s+)?(?:agreed\s+|planned\s+)?schedule\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Continues();

    [GeneratedRegex(@"\b(?:today|announc\w*|new|additional|another|further)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewGiving();

    /// <summary>Whether a sentence speaks of a whole year before <paramref name="year"/> ("Over the course of 2021, the United States committed $650 million").</summary>
    public static bool SpansEarlierYear(string sentence, int year) =>
        WholeYear().Match(sentence) is { Success: true } m && int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) < year;

    [GeneratedRegex(@"\b(?:over the course of|during|throughout|in the course of)\s+(?<year>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WholeYear();

    /// <summary>Whether a sentence corrects an earlier report (a correction note or a revised figure).</summary>
    public static bool IsCorrection(string sentence) => Correction().IsMatch(sentence);

    [GeneratedRegex(@"^[^.;]{0,60}?\b(?:(?:will\s+)?remain(?:s|ing)?\s+available|left\s+(?:to\s+draw|available|in\s+(?:its|their|the)\s+(?:[\w-]+\s+)?authority))\b|^[^.;]{0,60}?\b(?:since\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|the start|the beginning|Russia|the war|the invasion|\d{4})\b)|to date\b|so far\b|in total\b(?!\s+value)|altogether\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CumulativeRight();

    [GeneratedRegex(@"(?:\bbring(?:s|ing)?\b|\bbrought\b|\braising\b|\braises\b|\btakes?\b|\btaking\b|\btook\b|\brises\b|\brose\b|\bincreases\b|\bgrows\b)(?:[^.;]|(?<=\b\p{Lu})\.){0,80}\b(?:to|past|above|beyond)\s+(?:(?:more than|over|about|around|nearly|almost|some|roughly|just over|just under)\s+)?\W?$|\b(?:total(?:s|led|ling|ed|ing)?|cumulative|overall|in all|altogether|so far|to date)\b[^.;,]{0,40}$|\bcombined\s+(?:value|worth|total)\s+of\b[^.;,]{0,20}$|(?<!\bnot to\s)\b(?:now\s+)?(?:exceeds?|exceeded|stands at|amounts to|has reached|will\s+(?:now\s+)?reach)\s+(?:(?:more than|over|about|around|nearly|almost|some|roughly)\s+)?\W?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CumulativeLeft();

    [GeneratedRegex(@"(?<!\b(?:disbursement|transfer|payment|release|delivery|provision|approval|announcement)\s+)\b(?:from|of|under|out of)\s+(?:the|a|an|its|their)\s+\W?$|(?<!\b(?:because|instead|ahead|light|view)\s)\bof (?:that|this|which|it)\b(?!\s+(?:week|month|year|morning|afternoon|evening|weekend|summer|winter|spring|autumn|fall)(?:['’]s)?\b)[^.;]{0,30}$|\b(?:drawn|financed|funded|paid|taken|comes|come|coming)\s+(?:from|out of|under)\b[^.;]{0,50}$|\bwithin\s+the\s+(?:frame|framework)\s+of\s+\W?$|\b(?:draws|draw|drawing)\s+(?:on|from)\b[^.;]{0,50}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PotLeft();

    [GeneratedRegex(@"\b(?:as|from|of|not)\s+(?:the\s+)?(?:\w+\s+){0,2}\W?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SupersededLeft();

    [GeneratedRegex(@"\b(?:correct(?:ed|ion|s)|an earlier version|previously reported|misstated|incorrectly (?:stated|reported|said)|erroneously|revised (?:the )?(?:value|figure|amount|total)|revised (?:up|down)ward|updated (?:the )?(?:value|figure|amount))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Correction();

    /// <summary>
    /// Whether a party stands in a relative clause about the giver named right before it ("Germany[, which co-hosts the platform
    /// with France and ]Romania[, followed with €32 million]"): the clause closes with a comma before the sentence goes on.
    /// </summary>
    public static bool InGiversClause(string fromGiver, string afterParty) => GiversClauseOpen().IsMatch(fromGiver) && GiversClauseClose().IsMatch(afterParty);

    [GeneratedRegex(@"^\s*,\s*(?:which|who)\b[^,;.]{0,100}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GiversClauseOpen();

    [GeneratedRegex(@"^[^,;.]{0,60},", RegexOptions.CultureInvariant)]
    private static partial Regex GiversClauseClose();
}

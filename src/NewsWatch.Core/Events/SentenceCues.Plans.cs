using System.Text.RegularExpressions;

namespace NewsWatch.Events;

/// <summary>Cues that money is not aid given now: budgets, plans, proposals, halts, business deals, sales and prices.</summary>
public static partial class SentenceCues
{
    /// <summary>
    /// Whether the amount is the value of a sale or a contract ("a $39 million sale of defensive weapons", "under a $3.9
    /// billion contract"), unless a giver pays for it ("will finance a $2 billion purchase of air defence missiles for Ukraine").
    /// </summary>
    public static bool IsSaleAmount(string leftContext, string rightContext) => (SaleRight().IsMatch(rightContext) || SoldForLeft().IsMatch(leftContext)) && !PaidForLeft().IsMatch(leftContext);

    /// <summary>"the United States has agreed to sell it twelve attack helicopters for about $340 million": the price of a sale.</summary>
    [GeneratedRegex(@"\b(?:sell|sells|selling|sold)\b[^.;$€£¥]{0,80}?\bfor\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over|up to|an estimated)\s+)?\W?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SoldForLeft();

    [GeneratedRegex(@"\b(?:financ\w*|fund\w*|pay|pays|paying|paid|cover\w*|grant\w*)\s+(?:for\s+)?(?:a|an|the)\s+\W?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PaidForLeft();

    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,2}?(?:sale|sales|purchase|purchases|contract|contracts|export|exports)\b(?!\s+(?:credit|finance|financing|guarantee))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SaleRight();

    /// <summary>Whether the amount is a price ("$1.99/week", "$4.99 per month"): subscription boilerplate, never aid.</summary>
    public static bool IsPrice(string rightContext) => Price().IsMatch(rightContext);

    /// <summary>Whether the amount is what one thing costs ("interceptors, which cost about $4 million each"), whatever its size.</summary>
    public static bool IsUnitPrice(string rightContext) => UnitPrice().IsMatch(rightContext);

    /// <summary>
    /// Whether a sentence's money is business, not aid: a sale, a purchase or exports ("a $39 million sale of defensive
    /// weapons to Ukraine", "$152 million in U.S. exports"; export finance lent to a country is aid) where no aid word
    /// says otherwise, or an investment whose
    /// investor no party names ("Microsoft has announced it will invest $2.9 billion", "Google plans to invest $1 billion")
    /// when <paramref name="partyGives"/> is false, or a loan to a company ("agreed to lend NOK 1.2 billion to ammunition
    /// maker Nammo").
    /// </summary>
    public static bool IsBusiness(string sentence, bool partyGives) =>
        Trade().IsMatch(sentence) && !AidGrant().IsMatch(sentence) || !partyGives && Investment().IsMatch(sentence) || CompanyLoan().IsMatch(sentence) || CompanyLoanGiven().IsMatch(sentence) || OrderPlaced().IsMatch(sentence) || CompanyBorrows().IsMatch(sentence) || BankLending().IsMatch(sentence) || TradeCapacity().IsMatch(sentence) || PaidByBuyer().IsMatch(sentence);

    /// <summary>
    /// "Foreign Military Sales (Ukraine) funds, paid by the Government of Ukraine", "financed by the Ukrainian side", "financed in
    /// full from Ukraine's own defence budget", "purchases paid for entirely out of the country's own defence budget", "approved a possible foreign military sale to Ukraine ...; the Government of
    /// Ukraine will pay for that case with its own national funds": the buyer pays, nobody gives; nor does a loan to a private
    /// firm or bank ("up to $300 million in financing for private Ukrainian companies").
    /// </summary>
    [GeneratedRegex(@"\b(?:paid|financed|funded)\s+(?:for\s+)?by\s+(?:the\s+)?(?:Government\s+of\s+\p{Lu}\w+|\p{Lu}\w+(?:n|ian|ese|ish)\s+(?:side|government))\b|\b(?:financed|funded|paid\s+for)\s+(?:in\s+full\s+|entirely\s+|fully\s+|wholly\s+)?(?:from|out\s+of)\s+(?:\p{Lu}\w+['’]s|the\s+country['’]s|its|their)\s+own\b|\b(?:loan|loans|lending|lends|lend|financing|credit)\b[^.;]{0,80}\b(?:privately[- ]owned|private)\s+(?:[\w-]+\s+){0,4}?(?:company|group|bank|firm|lender|enterprises?|companies|firms)\b|\b(?i:possible\s+(?:foreign\s+military\s+|arms\s+)?sale)\b|\bwill\s+pay\s+for\s+(?:that|the|this|those|these)\s+[\w-]+\s+with\s+(?:its|their)\s+own\b", RegexOptions.CultureInvariant)]
    private static partial Regex PaidByBuyer();

    /// <summary>
    /// "signed a loan of $100 million with a Ukrainian commercial bank, which will on-lend the funds to small firms", "banks
    /// would open credit lines of up to $100 million for Ukrainian companies": lending to banks and firms, not aid to a country.
    /// </summary>
    [GeneratedRegex(@"\bon-?lend(?:s|ing)?\b|\b(?:loan|loans|credit)\b[^.;]{0,60}?\b(?:with|to)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?commercial\s+banks?\b|\bcredit\s+lines?\b[^.;]{0,80}?\bfor\s+(?:[\w-]+\s+){0,3}?(?:companies|firms|businesses|enterprises|exporters|importers)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BankLending();

    /// <summary>
    /// "£3.5 billion of capacity available for trade with and investment in Ukraine", "UK Export Finance said it had agreed
    /// to guarantee a £95 million bank loan": export credit for business, whatever agency offers it.
    /// </summary>
    [GeneratedRegex(@"\bfor trade with\b|\bfor (?:trade|exports) and investment\b|\b(?-i:Export Finance|Export Development Canada|Export-Import Bank|EXIM)\b|\bexport credit\b|\b(?-i:State)\s+aid\s+(?:scheme|rules|measure|approval)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TradeCapacity();

    [GeneratedRegex(@"\b(?:lend|lends|lent|lending|loans?|credit|insurance|guarantees?)\b[^;]{0,50}?\b(?:to|with)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,5}?(?:maker|makers|manufacturer|manufacturers|company|companies|producer|producers|firm|firms|contractor|shipyard|group|groups|business|businesses|trader|traders|exporter|exporters|agribusiness|agribusinesses|retailer|retailers|conglomerate|subsidiary|utility|unit)\b|\bprivate[- ]sector\s+(?:arm|operations|window)\b[^.;]{0,60}?\b(?:lend|lends|lent|loan|loans|financing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompanyLoan();

    /// <summary>"The Government is offering the ammunition manufacturer Nammo a loan of up to NOK 2 billion": a loan to a firm.</summary>
    /// "has granted a loan of DKK 120 million to a Danish-Ukrainian joint venture that will build a solar park": so is a loan to a venture.
    [GeneratedRegex(@"\b(?:maker|manufacturer|company|firm|producer|shipyard|exporter)\s+(?:(?-i:\p{Lu})[\w&-]*\s+){0,3}(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:loan|credit)\b|\b(?:loan|credit)\s+of\s+[^.;]{1,40}?\bto\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|joint\s+venture|manufacturer|producer|enterprise|developer|start-?up)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompanyLoanGiven();

    /// <summary>"The Ministry of Defence has placed an order worth £280 million for 155mm shells with BAE Systems": a purchase from a firm.</summary>
    [GeneratedRegex(@"\bplaced\s+(?:an?\s+)?(?:new\s+)?orders?\b[^.;]{0,100}?\bwith\s+(?-i:\p{Lu})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrderPlaced();

    /// <summary>"A Moldovan renewable energy company has secured a €25 million loan from the EBRD": a loan to a firm, not to a country.</summary>
    [GeneratedRegex(@"\b(?:company|companies|firm|firms|maker|manufacturer|producer|exporter|developer|operator|business|businesses|trader|start-?up)\s+(?:has\s+|have\s+|had\s+)?(?:secured|received|obtained|won|signed|took out|taken out)\s+(?:an?\s+)?[^.;]{0,40}?\b(?:loan|credit|financing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompanyBorrows();

    /// <summary>
    /// Whether a sentence foresees aid rather than announcing it ("Ukraine expects to receive $38 billion this year",
    /// "allies were expected to announce contributions", "the first M1 Abrams tanks are due to arrive in Ukraine next week",
    /// "the Department of Defense expects to announce another drawdown", "aid is on hold", "the pause covers weapons promised to Kyiv",
    /// "The World Bank has said it is preparing $1.78 billion in assistance", "was preparing an energy package for Moldova worth about
    /// €250 million, to be presented in the coming weeks", "the United States will have committed approximately $9.8
    /// billion ... since this Administration took office", "it expects to recover part of the value from the EU's joint fund"):
    /// an expectation, an aim ("the coalition aims to deliver a million drones"), a halt or a plan that failed ("leaders
    /// failed to agree on a €50 billion fund"), what cannot be sent ("we cannot send another package"), what could be made
    /// available or awaits a board's approval, is no new aid, whatever its wording shares with a pledge. "A package made up
    /// of two parts that will reach the battlefield on different timelines" describes what is announced: a relative clause's
    /// "will reach" foresees nothing.
    /// </summary>
    public static bool ForeseesOrHalts(string sentence) => Foresees().IsMatch(sentence) || (Halts().IsMatch(sentence) || NotAgreed().IsMatch(sentence)) && !Resumes().IsMatch(sentence);

    /// <summary>
    /// Whether a sentence only talks about aid or plans money for it: "the two ministers discussed the delivery of 12
    /// howitzers", "the Government proposes that the framework for military support for 2025 be set at SEK 25
    /// billion" (a budget proposal is a request to parliament, not a package), "finance ministers are discussing a further 5
    /// billion euros", "is in talks with the bank over a loan of up to €300 million" (a sum under negotiation), "confirmed talks about
    /// transferring the country's grounded MiG-29 fighters to Ukraine", "will ask parliament to approve up to €226
    /// million", "The bill provides about $60.8 billion for Ukraine" (a bill, not yet a law that gives), "The largest share of
    /// the request, $61.4 billion", "up to €5 billion ..., subject to the annual budget laws", "If Congress approves it, the
    /// request would provide $20.4 billion", "I have asked Congress for about $24 billion", "sending Congress a request for $33 billion".
    /// </summary>
    public static bool DiscussesOrBudgets(string sentence) => Discusses().IsMatch(sentence) || BudgetProposal().IsMatch(sentence) || Legislates().IsMatch(sentence);

    /// <summary>
    /// What a legislature or its paperwork does with aid money, which gives none by itself: "the Act provides $7.85 billion",
    /// "the House of Representatives has passed a $95 billion package", "The U.S. House of Representatives on Saturday approved $60.8
    /// billion for Ukraine" (the Senate and the President have yet to act), "The Government will propose to the Storting that the
    /// Nansen Support Programme for Ukraine be increased by NOK 10 billion", "a $60 billion package stalled in the House", the
    /// report "transmitted to Congress" on a drawdown authorised earlier, and an audit finding that values were "overstated".
    /// ("notified Congress of its intent to make available $1 billion in FMF" is how FMF is announced, so it stays out.)
    /// </summary>
    [GeneratedRegex(@"\b(?:the|this|that)\s+Act\s+(?:provides|provided|appropriates|appropriated|authori[sz]es|makes available)\b|\bthe\s+(?:law|legislation|supplemental|bill|measure)\s+(?:also\s+|would\s+)?(?:includes|included|provides|provided|contains|appropriates|include|provide)\b|\bif\s+it\s+becomes\s+law\b|\b(?:House(?:\s+of\s+Representatives)?|Senate|lawmakers|legislators)\s+(?:(?:on|late\s+on|early\s+on)\s+\w+\s+)?(?:has\s+|have\s+)?(?:passed|approved|voted\s+(?:to|for|on))\b|\bpropos(?:e|es|ed|ing)\s+to\s+(?:the\s+)?(?:parliament|Storting|Riksdag|Bundestag|Folketing|Sejm|Diet|Eduskunta|Congress|National\s+Assembly)\s+that\b|\b(?:stalled|stuck|held up|blocked)\s+in\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:House|Senate|Congress|[Pp]arliament)\b|\b(?:transmitted|submitted)\s+to\s+(?:the\s+)?Congress\b|\b(?:overstated|understated|overvalued|undervalued)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Legislates();

    /// <summary>Whether a sentence speaks of a funding request ("The request includes $61.4 billion", "the President's supplemental request").</summary>
    public static bool NamesRequest(string sentence) => Request().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:the|this|our|his|her|its|a|the President['’]s|the Administration['’]s)\s+(?:(?:supplemental|funding|budget|emergency)\s+)?request\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Request();

    [GeneratedRegex(@"\b(?:discuss(?:ed|es|ing)?|talked about|talk about|consider(?:ed|s|ing)?|explor(?:ed|es|ing)|review(?:ed|s|ing)?)\s+(?:the\s+)?(?:(?:possible|potential|further|future|planned)\s+)?(?:delivery|deliveries|provision|supply|transfer|sending)\s+of\b|\b(?:is|are|was|were)\s+(?:still\s+)?(?:discussing|negotiating|debating|weighing)\s+(?:an?\s+|the\s+)?(?:further\s+|new\s+|additional\s+|possible\s+)?\W?\d|\bin\s+talks\s+(?:with\s+[^.;]{1,80}?\s+)?(?:over|about|on|for)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:loan|grant|package|credit|financing|facility)\b|\btalks\s+(?:about|on|over)\s+(?:transferring|sending|supplying|delivering|providing|giving)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Discusses();

    [GeneratedRegex(@"\b(?:ask|asks|asked|asking)\s+(?:the\s+)?(?:parliament|lawmakers|legislators|congress|senate|bundestag|riksdag|storting|folketing|sejm|diet)\s+to\s+(?:approve|authori[sz]e|pass|back|endorse)\b|\b(?:budget bill|draft budget|budget proposal|proposed budget|budget request|budget plan)\b|\bsubject to (?:the\s+)?(?:budget(?:ary)?\s+availability|availability of (?:funds|budget)|budget)\b|\bpropos(?:es|ed|ing)\b(?:[^.;]|\.\d){0,60}\b(?:framework|frame|budget|allocation)\b|\bsubject to (?:the\s+)?(?:approval|adoption) of the budget\b|\b[Aa]\s+proposal\b(?:[^.;]|\.\d){0,60}\bto\s+(?:raise|provide|give|send|mobili[sz]e|allocate|spend)\b|\bproposal\b(?:[^.;]|\.\d){0,200}\b(?:for approval|subject to)\b|\bproposed to provide\b|\b(?:available|earmarked|set aside|reserved)\s+in\s+the\s+(?:\w+\s+)?budget\b|\bwork with (?:the\s+)?Congress to\b|\bsign(?:ed|s|ing)?\s+into\s+law\b|\bdraft\s+(?:20\d\d\s+)?budget\b|\bmulti-?year\s+(?:\p{Lu}[\w-]*\s+){0,2}(?:programme|program|framework|envelope|fund|package|plan)\b|\b(?:are|is|were|was)\s+(?:made|funded|financed|drawn)\s+(?:under|from)\s+the\s+(?:(?-i:\p{Lu})[\w-]*\s+){1,4}(?:Programme|Program|Fund|Facility|Framework|Plan)\b|\bper\s+year\s+(?:during|in|for|from)\s+20\d\d\b|\bbaseline\s+funding\b|\b(?:for|during|over|in)\s+(?:the\s+(?:period|years)\s+)?20\d\d\s*(?:[-–]|to|through)\s*20\d\d\b|\bpropos(?:es|ed|ing)\s+to\s+(?:allocate|provide|give|spend|set\s+aside)\b|\bstate\s+budget\s+for\s+20\d\d\b|\bsubject to (?:the\s+)?annual\s+budget|\bCongress\s+(?:\w+\s+){0,3}(?:approved|passed|appropriated)\b|\bfuture\s+budgets\b|\b(?:by|until)\s+20[3-9]\d\b|\bplans?\s+to\s+(?:double|increase|raise|boost|triple)\b|\bAppropriations\s+Act\b|\b(?:next|this)\s+year['’]s\s+budget\b|^\W*The\s+(?:(?-i:\p{Lu})[\w-]*\s+){1,5}(?:Facility|Fund|Programme|Program|Initiative|Mechanism|Instrument)\s+(?:provides|offers|finances|foresees)\b|\bunder\s+plans\b|\b(?:financial\s+)?ceiling\s+of\b|\b(?:suggest(?:ed|s|ing)?|propos(?:ed|es|ing))\s+(?:adding|giving|providing|sending|raising|doubling)\b|\bproposal\s+for\s+(?:a|an)\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?(?:operation|package|programme|program|facility|fund|loan|loans|assistance|instrument)\b|\bproposals\s+for\s+(?:new\s+)?[^.;:]{0,60}?\b(?:operations|packages|programmes|programs|facilities|funds|loans|instruments)\b|\b(?:Programme|Program|Fund|Facility|Plan|Initiative)\b[^.;:]{0,40}\b20\d\d\s*[-–]\s*20\d\d\b|^\W*The\s+proposed\b|^\W*(?:The|This|That)\s+(?:[\w-]+\s+){0,3}?(?:bill|legislation)\s+(?:would\s+|will\s+)?(?:provide|provides|include|includes|contain|contains|allocate|allocates)\b|\b(?:share|part|portion|most|bulk)\s+of\s+(?:the|this|our)\s+(?:[\w-]+\s+)?request\b|\b(?:the|this|that|our|my)\s+(?:(?:supplemental|funding|budget|emergency)\s+)?(?:request|proposal)\s+(?:also\s+)?(?:would|will|seeks|asks|includes)\b|\bif\s+(?:the\s+)?(?:Congress|Parliament|lawmakers)\s+(?:approves?|passes?|acts)\b|\bask(?:s|ed|ing)?\s+(?:the\s+)?(?:Congress|Parliament|lawmakers)\s+for\b|\b(?:send(?:s|ing)?|sent|submit(?:s|ted|ting)?|transmit(?:s|ted|ting)?)\s+(?:to\s+)?(?:the\s+)?(?:Congress|Parliament)\s+a\s+(?:[\w-]+\s+){0,2}?request\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BudgetProposal();

    [GeneratedRegex(@"\b(?:expects?|expected|hopes?|hoping|hoped)\s+to\s+(?:receive|get|secure|see|obtain)\b|\b(?:is|are|was|were)\s+(?:widely\s+|also\s+)?expected\s+to\s+(?:announce|pledge|unveil|approve|consider|agree|sign|commit|provide|send|offer|receive|be\s+(?:delivered|sent|handed over|shipped|released|disbursed|paid)|arrive)\b|\bif\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?board\s+(?:gives|approves|agrees)\b|\b(?:could|would|might|stands? to)\s+receive\b|\b(?:is|are)\s+expected\s+in\b|(?<!\b(?:that|which)\s+)\b(?:would|will|should)\s+(?:reach(?!\s+(?:(?:more\s+than|over|about|nearly|some|up\s+to)\s+)?(?:people|families|children|civilians|households|communities|refugees|\d))|arrive\s+in)\b|\b(?:could|may|might)\s+(?:arrive|reach\s+\p{Lu}|be\s+(?:delivered|sent|shipped))\b|\b(?:will|would)\s+(?:also\s+)?(?:be\s+)?(?:unveil(?:ed)?|announce(?:d)?)\b[^.;]{0,120}\bin the coming (?:days|weeks|months)\b|\baims?\s+to\s+(?:deliver|provide|send|supply|give|produce)\b|\bwill\s+have\s+(?:delivered|provided|sent|supplied|disbursed|committed|pledged|given|allocated|contributed)\b|\bexpects?\s+to\s+(?:recover|recoup|be\s+(?:reimbursed|compensated))\b|\bcounting\s+on\b|\b(?:is|are|was|were)\s+due\s+to\s+(?:receive|get|arrive|reach|be\s+(?:delivered|sent|shipped|handed\s+over))\b|\bexpects?\s+to\s+(?:announce|unveil|approve)\b|\b(?:announced|pledged|offered|promised|unveiled)\s+no\s+(?:new\s+|additional\s+|fresh\s+|further\s+)?(?:aid|assistance|funding|money|support|package|weapons)\b|\bwaiting\s+for\b[^.;]{0,60}\bto\s+(?:approve|pass|adopt|agree|release|unblock)\b|\bawait(?:s|ing)?\s+(?:the\s+)?(?:approval|passage|adoption)\b|\b(?:cannot|can['’]t|can not|could not|couldn['’]t|unable to)\s+(?:send|provide|give|deliver|announce|fund)\b|\bcould\s+make\s+[^.;]{0,40}?\bavailable\b|\b(?:have|has)\s+yet\s+to\s+(?:approve|agree|adopt|pass|sign)\b|\b(?:(?:deliver|delivering|follow\s+through|make\s+good)\s+on|(?:keep|keeps|keeping|kept|stick|sticks|sticking|stuck|hold|holds|holding|held)\s+to|honou?r(?:s|ed|ing)?|uphold(?:s|ing)?|upheld)\s+(?:the|its|our|their|this|that)\s+(?:[\w-]+\s+){0,2}?(?:commitment|pledge|promise)\b|\bsubject to (?:the\s+)?approval\s+(?:by|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:Board|parliament|Parliament|Congress|Council)\b|\b(?:is|are)\s+(?:likely|poised)\s+to\s+(?:sign|announce|approve|pledge|unveil|provide|send|agree|present)\b|\b(?:is|are|was|were)\s+preparing\s+(?:an?\s+|the\s+)?(?:(?:new|further|additional)\s+)?(?:[$€£¥]|US\$|\d)|\b(?:is|are|was|were)\s+preparing\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:package|plan|programme|program|loan|grant|tranche)\b|\bto\s+be\s+(?:presented|announced|unveiled|approved|adopted|finali[sz]ed)\s+(?:in|within|over)\s+the\s+(?:coming|next)\s+(?:days|weeks|months)\b|\b(?:a|the)\s+plan\s+to\s+(?:make|provide|give|lend|raise|mobili[sz]e)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Foresees();

    /// <summary>"EU leaders failed to agree on a €50 billion support fund", "after Hungary vetoed the plan", "No new Latvian package
    /// for Ukraine has been announced": aid that was not agreed.</summary>
    [GeneratedRegex(@"\bfail(?:ed|s)?\s+to\s+(?:agree|approve|adopt|pass|reach|unblock)\b|\bveto(?:ed|es|ing)?\b|\b(?:was|were|remains?|is|are)\s+blocked\b|\bno\s+(?:new|additional|further|fresh)\s+(?:[\w-]+\s+){0,4}?(?:package|aid|assistance|funding|support|pledge|contribution)\b[^.;]{0,60}?\b(?:has|have|had|was|were)\s+(?:yet\s+)?(?:been\s+)?(?:announced|agreed|approved|pledged|made)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAgreed();

    /// <summary>
    /// A halt of aid itself ("the pause covers weapons", "aid remains frozen"), not of anything else ("the halt of Russian gas
    /// flows", "aid financed from a loan backed by frozen Russian assets").
    /// </summary>
    [GeneratedRegex(@"\bpostpon(?:e|es|ed|ing)\s+(?:a|the|its|their)\s+decision\b|\b(?:paus(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|suspension|halt(?:s|ed|ing)?|freez(?:e|es|ing)|froze)\b[^.;]{0,40}?\b(?:aid|assistance|shipments?|deliveries|weapons|arms|munitions|ammunition|equipment|interceptors|funding|support|packages?|disbursements?|transfers?)\b|\b(?:aid|assistance|shipments?|deliveries|weapons|arms|munitions|ammunition|funding|support|packages?|disbursements?|transfers?)\b[^.;]{0,40}?\b(?:paused|halted|suspended|frozen(?!\s+(?:[\w-]+\s+){0,2}(?:assets|funds|reserves|accounts))|on hold)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Halts();

    [GeneratedRegex(@"\b(?:resum(?:e|es|ed|ing|ption)|restart(?:s|ed|ing)?|lift(?:s|ed|ing)?|unfroze|unfreez\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Resumes();

    [GeneratedRegex(@"\b(?:sales?|sold|sell(?:s|ing)?|purchas(?:e|es|ed|ing)|exports?(?!\s+(?:finance|financing|credit))|imports?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Trade();

    /// <summary>
    /// Words that make money aid even beside a purchase ("Foreign Military Financing to purchase", "will finance a $2
    /// billion purchase", "a grant to buy", "$53 million to help Ukraine purchase equipment"), and a purchase from one country for another ("Canada will purchase a NASAMS
    /// ... from the United States for Ukraine").
    /// </summary>
    [GeneratedRegex(@"\b(?:assistance|aid|grants?|donat\w*|contribut\w*|financ\w*|fund(?:s|ed|ing)?|pay(?:s|ing)? for|paid for|package|drawdown|humanitarian|relief)\b|\b(?:help|helps|helping|enable|enables|allow|allows)\s+(?:[\p{L}'’]+\s+){0,2}?(?:purchase|buy|procure)\b|\b(?:purchas\w*|buy\w*|bought|procur\w*)\b[^.;]{0,120}?\bfrom\b[^.;]{0,60}?\b(?:for|on behalf of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AidGrant();

    [GeneratedRegex(@"\binvest(?:s|ed|ing)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Investment();

    [GeneratedRegex(@"^\s*(?:/\s*|per\s+|a\s+|an\s+|each\s+)(?:week|wk|month|mo|year|yr|day|issue)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Price();

    [GeneratedRegex(@"^\s*(?:each|apiece|a piece|per (?:unit|piece|missile|interceptor|shell|round|launcher|vehicle|aircraft|jet|drone))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitPrice();
}

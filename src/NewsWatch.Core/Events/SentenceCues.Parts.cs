using System.Text.RegularExpressions;

namespace NewsWatch.Events;

/// <summary>Cues for how a package is built: its total, its parts and shares, lists of items, conversions and whose sum it is.</summary>
public static partial class SentenceCues
{
    /// <summary>Whether a sentence announces a sum as the total of what follows ("new contributions totaling $316 million").</summary>
    public static bool AnnouncesTotal(string sentence) => TotalCue().IsMatch(sentence);

    /// <summary>Whether a sentence sums up the sums before it ("In total, this is $7.9 billion in new security assistance").</summary>
    public static bool SumsUpPreceding(string sentence) => SumsUp().IsMatch(sentence);

    [GeneratedRegex(@"^\W*(?:In total|Altogether|All told|In all|Taken together|Combined|Together)\s*,?\s+(?:this|that|these|they|it|today['’]s\s+\w+)\s+(?:is|are|comes? to|amounts? to|adds? up to|totals?|brings?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SumsUp();

    [GeneratedRegex(@"\b(?:totall?ing|total of|in total|a total|combined|altogether)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalCue();

    /// <summary>Whether the words before a second sum make it a share of the first (", with $50 million", "including $50 million").</summary>
    public static bool IntroducesShare(string between) => ShareIntro().IsMatch(between);

    [GeneratedRegex(@"\b(?:(?<!along\s|together\s)with|including|of which|among them)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareIntro();

    /// <summary>Whether the words before a sentence's first sum put it together with what follows ("The package combines a drawdown of").</summary>
    public static bool Combines(string leftContext) => CombinesLeft().IsMatch(leftContext);

    [GeneratedRegex(@"\b(?:combines|combining|combined|brings together|pairs)\b[^.;]{0,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CombinesLeft();

    /// <summary>Whether the words between a total and the next amount introduce its parts ("made up of", "including", "of which").</summary>
    /// <remarks>"$85 million to help Moldova ..., including through a new interconnection ..., as well as $50 million in budget
    /// support": words that add a sum at the end of the stretch make it a sum of its own, whatever the stretch includes.</remarks>
    public static bool IntroducesParts(string between) => PartsIntro().IsMatch(between) && !AddsSumAtEnd().IsMatch(between);

    [GeneratedRegex(@"(?:,?\s+(?:as\s+well\s+as|along\s+with|plus)|;\s*and)\s+(?:(?:an?|another|additional|a\s+further)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddsSumAtEnd();

    /// <summary>Whether the words between two amounts join separate sums for separate aid ("in security assistance and") or
    /// separate recipients ("$2m to Libya and $1.5m to Morocco").</summary>
    public static bool JoinsSeparateSums(string between) => SeparateSums().IsMatch(between);

    /// <summary>What a part of a package is, from the words after its amount ("from drawdown authority").</summary>
    public static string PartDescription(string rightContext)
    {
        var m = PartWords().Match(rightContext);
        return m.Success ? m.Groups["what"].Value.Trim() : "";
    }

    /// <summary>Whether a sentence opens by listing what a package just named holds ("It includes $900 million for drones, ...", "This funding includes", "The aid will be provided through WFP ($4 million) and UNHCR ($2 million)", "Of this, ...").</summary>
    public static bool OpensWithParts(string sentence) => PartsOpener().IsMatch(sentence) || OpensWithOrdinalPart(sentence) || OpensWithShareOf(sentence) || StatesPackageContents(sentence);

    /// <summary>Whether a sentence opens with the share of a sum named before ("Of the total of NOK 2 billion, ...", "Of this amount, ...", "Most of the money, NOK 1 billion, ...").</summary>
    public static bool OpensWithShareOf(string sentence) => ShareOfOpening().IsMatch(sentence);

    [GeneratedRegex(@"^\W*Of\s+(?:this|that|the total|these|the (?:amount|sum|funding|money|package|contribution))\b|^\W*The\s+(?:[\w-]+\s+){0,2}?(?:funding|money|package|contribution|amount|sum|aid|assistance)\s+will\s+be\s+(?:split|divided|shared)\s+(?:between|among)\b|^\W*Of\s+the\s+(?:new\s+|additional\s+)?(?:funds|funding|money|allocation)(?:\s+(?:received|announced|allocated|pledged))?\s*,|^\W*(?:Most|Much|Half|Part|Some|The bulk|The rest|The remainder)\s+of\s+(?:the|this|that|today's|today’s)\s+(?:[\w-]+\s+){0,2}?(?:funding|money|package|contribution|amount|sum|aid|assistance|pledge)\b|^\W*(?:The\s+)?(?:largest|biggest|main|greater|smaller|remaining|first|second|other)\s+(?:share|part|portion|tranche)\s+of\s+(?:the|this|that|today's|today’s)\s+(?:[\w-]+\s+){0,2}?(?:funding|money|package|contribution|amount|sum|aid|assistance|pledge)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareOfOpening();

    /// <summary>Whether the text left of an amount is only a sentence's opening "Of this amount," (the parts of a package named before).</summary>
    public static bool OpensWithShare(string leftContext) => ShareOpening().IsMatch(leftContext);

    [GeneratedRegex(@"^\W*Of (?:this|that|the total|these|the (?:amount|sum|funding|money|package|contribution)|the\s+(?:new\s+|additional\s+)?(?:funds|funding|money|allocation)(?:\s+(?:received|announced|allocated|pledged))?)(?:\s+(?:amount|sum|total|funding|package))?\s*,?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareOpening();

    /// <summary>Whether an amount is written in "kroner" without saying whose (Danish and Norwegian crowns share the word).</summary>
    public static bool IsPlainKroner(string amount) => PlainKroner().IsMatch(amount);

    [GeneratedRegex(@"^(?!.*(?:norw|NOK)).*\bkron(?:er|e)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlainKroner();

    /// <summary>Whether the words between two sums make the second a conversion of the first (", about ", " (", ", or roughly ").</summary>
    public static bool IntroducesConversion(string between) => Conversion().IsMatch(between);

    [GeneratedRegex(@"^\s*(?:,|\(|—|–)\s*(?:or\s+)?(?:about|roughly|around|some|nearly|approximately|almost|just over|just under|more than|over|or)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Conversion();

    /// <summary>
    /// Whether a sentence only states what the package just named is worth ("The package is worth SEK 7.1 billion", "The
    /// value of the delivered batch is EUR 12 million") or costs ("The vehicles will be purchased from Roshel ... at a cost of more than $90 million").
    /// </summary>
    public static bool StatesPackageWorth(string sentence) => PackageWorth().IsMatch(sentence);

    [GeneratedRegex(@"^\W*(?:The|This|Its|Today's|Today’s)\s+(?:[\w-]+\s+){0,2}?(?:package|assistance|aid|support|donation|contribution|tranche)\s+(?:is|will be|is estimated to be)\s+(?:worth|valued at)\b|^\W*(?:The|This|Its|Today's|Today’s)\s+(?:[\w-]+\s+){0,2}?(?:package|assistance|aid|support|donation|contribution|tranche|grant|purchase|procurement|acquisition|order)(?:,\s*(?:which|that)\s[^;]{0,100}?,)?\s+(?:has a (?:total )?value of|totals|is valued at)\b|^\W*Value\s*:\s*(?:(?:approximately|about|around|some)\s+)?(?:[$€£¥]|\d|(?-i:[A-Z]{3})\s)|^\W*(?:The|These|This|They)\s+(?:[\w-]+\s+){0,3}?(?:will be|are to be|are being|were|was|have been)\s+(?:purchased|bought|procured|acquired|ordered)\b[^.;]{0,120}?\b(?:at a (?:total )?cost of|worth|valued at)\b|^\W*(?:The|This|Its)\s+(?:[\w-]+\s+){0,2}?(?:package|grant|donation|contribution|tranche|loan|purchase|procurement|acquisition|order|shipment|consignment|batch|delivery|assistance|equipment)\s*,\s*(?:worth|valued at)\b|^\W*The\s+(?:total\s+)?value\s+of\s+(?:the|this|today's|today’s)\s+(?:[\w-]+\s+){0,2}?(?:package|batch|assistance|aid|support|donation|contribution|tranche|shipment|delivery)\s+(?:is|was|amounts to|totals)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PackageWorth();

    /// <summary>
    /// Whether a sentence opens by pointing back at the package just named ("This USAI package will provide Ukraine with
    /// additional artillery rounds, more munitions for the systems that have already been delivered"): it describes that
    /// package, so a word such as "delivered" in it does not make it a delivery of its own.
    /// </summary>
    public static bool PointsBackToPackage(string sentence) => PackageAnaphor().IsMatch(sentence);

    [GeneratedRegex(@"^\W*(?:This|That|These|Today['’]s|The\s+(?:new|latest|additional))\s+(?:[\w-]+\s+){0,2}?(?:package|assistance|tranche|drawdown|aid|funding|contribution)s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex PackageAnaphor();

    /// <summary>
    /// Whether a sentence introduces a list of what is being announced ("During the visit, the Secretary announced the
    /// following new assistance from the Department of State:"): each line after it is an announcement of its own.
    /// </summary>
    public static bool AnnouncesList(string sentence) => AnnouncedListIntro().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:announced?|announces|announcing|unveiled|unveils|is providing|are providing|will provide|pledged|committed|approved)\b[^.;:]{0,80}\b(?:following|these|new|additional)\b[^.;:]{0,160}:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnnouncedListIntro();

    /// <summary>Whether a line opens with a short label and a colon ("Humanitarian demining: $90.5 million in new funding ...").</summary>
    public static bool IsLabelledLine(string sentence) => LabelledLine().IsMatch(sentence);

    [GeneratedRegex(@"^\W*\p{Lu}[\w ,'’&/()-]{2,60}:\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledLine();

    /// <summary>
    /// "The Executive Board of the IMF today completed the third review ..., allowing the authorities to draw about US$880
    /// million": money made available by a lender's review, paid out ("immediate disbursement") or to be drawn.
    /// </summary>
    public static bool ReleasesByReview(string sentence) => ReviewRelease().IsMatch(sentence);

    [GeneratedRegex(@"\bcompleted\s+(?:the|its)\s+\w+\s+review\b[^.;]{0,160}\b(?:(?:allowing|enabling|which\s+(?:allows|enables|makes\s+available))\b[^.;]{0,40}\b(?:draw|disburse|disbursement|access)\b|(?:releasing|unlocking)\s+(?:about\s+|some\s+|nearly\s+|around\s+)?(?:[$€£¥]|US\$|\d))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReviewRelease();

    /// <summary>"Saudi Arabia signed agreements worth $400 million in humanitarian aid for Ukraine on Sunday", "the African Development
    /// Bank signed a $48 million grant agreement with Ethiopia's finance ministry": an agreement that gives, signed.</summary>
    public static bool SignsAidAgreement(string sentence) => SignedAgreement().IsMatch(sentence);

    [GeneratedRegex(@"\bsign(?:ed|s|ing)\s+(?:an?\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+){0,2}?(?:agreements?|deals?|memorand\w+|accords?)\s+(?:worth|valued at|totall?ing|for|of)\s+(?:(?:about|more than|over|nearly|some|an additional|a)\s+)?(?:[$€£¥]|\d|(?-i:[A-Z]{3}))|\bsign(?:ed|s|ing)\s+(?:an?\s+)?(?:[$€£¥]|US\$|\d)[^.;]{0,25}?\s(?:[\w-]+\s+){0,2}?(?:grant|loan|financing|credit|aid|assistance|funding|donation)\s+(?:agreements?|deals?|accords?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignedAgreement();

    /// <summary>How many separate operations a sentence counts ("approved two operations", "three new grants"), 0 when it counts none.</summary>
    public static int CountedOperations(string sentence) => Operations().Match(sentence) is { Success: true } m
        ? m.Groups["n"].Value.ToLowerInvariant() switch { "two" or "2" => 2, "three" or "3" => 3, "four" or "4" => 4, _ => 0 } : 0;

    [GeneratedRegex(@"\b(?<n>two|three|four|2|3|4)\s+(?:new\s+|separate\s+)?(?:[\w-]+\s+)?(?:operations|projects|loans|grants|programmes|programs|awards|credits)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Operations();

    /// <summary>
    /// "... announced two new tranches of U.S. assistance": a sentence that announces a number of separate packages. The
    /// numbered sentences after it ("The first is a drawdown worth $175 million", "The second ... provides $206 million")
    /// are each one of them, announced with it, however each reads alone, and none is a part of another.
    /// </summary>
    public static bool AnnouncesCountedPackages(string sentence) => CountedPackages().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:announc\w*|unveil\w*|approv\w*|authori[sz]\w*)\b[^.;]{0,60}?\b(?:two|three|four|2|3|4)\s+(?:new|additional|separate|further)\s+(?:[\w-]+\s+){0,2}?(?:tranches|packages|grants|awards|contributions)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountedPackages();

    /// <summary>Whether a sentence says what the package just named contains, sums and all ("It contains DKK 1.7 billion for ...").</summary>
    public static bool StatesPackageContents(string sentence) => PackageContents().IsMatch(sentence);

    [GeneratedRegex(@"^\W*(?:It|The (?:[\w-]+\s+){0,2}?package|This (?:[\w-]+\s+){0,2}?package)\s+(?:contains|comprises|consists of)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PackageContents();

    /// <summary>
    /// Whether a sentence reports the decision to approve or provide a new package ("the President of the Republic decided,
    /// on the proposal of the Government, to approve a new package of defence materiel assistance to Ukraine"): an
    /// announcement whose sum the next sentence may give.
    /// </summary>
    public static bool DecidesNewPackage(string sentence) => DecidedPackage().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:decided|decides|agreed)\b[^.;]{0,80}?\b(?:to\s+(?:approve|provide|send|grant|allocate|donate)|on\s+(?:the\s+)?(?:delivery|provision|donation|sending)\s+of)\s+(?:a|an|its|the)\s+(?:new|further|additional|\w+th|\d+\w*)\s+(?:[\w-]+\s+){0,2}?(?:package|tranche|donation)\b|\b(?:approved|approves|adopted|adopts)\s+(?:a|an|the|its)\s+(?:new\s+|further\s+|additional\s+|\w+th\s+)?(?:[\w-]+\s+){0,2}?package\s+of\s+(?:[\w-]+\s+){0,2}?(?:assistance|aid|support)\b|\b(?:agreed|decided)\s+on\s+(?:a|an|the|its|(?-i:\p{Lu})[\w-]*['’]s)\s+(?:new|further|additional|[\w-]+(?:th|st|nd|rd)|\d+\w*)\s+(?:[\w-]+\s+){0,2}?package\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DecidedPackage();

    /// <summary>
    /// Whether a sentence decides to give a sum ("the Government decided to extend Emergency Grant Aid of 8.5 million U.S. dollars",
    /// "the President had directed that $50 million in relief be provided to the flood victims", "signed a decision releasing
    /// CZK 90 million", "Sweden has decided on a new humanitarian contribution of SEK 400 million").
    /// </summary>
    public static bool DecidesToGive(string sentence) => DecidedToGive().IsMatch(sentence);

    /// <summary>Whether the words after a party make it the one that decided ("Sweden has decided on", "Japan's Government has decided to").</summary>
    public static bool DecidesRight(string right) => DeciderRight().IsMatch(right);

    [GeneratedRegex(@"^(?:['’]s)?\s+(?:(?:government|cabinet)\s+)?(?:has|have)\s+(?:today\s+|now\s+)?decided\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeciderRight();

    [GeneratedRegex(@"\b(?:(?:has|have)?\s*decided|decides|decide)\s+to\s+(?:extend|provide|grant|contribute|allocate|donate|disburse|give|send|release)\b[^.;]{0,80}?(?:[$€£¥]|\d)|\b(?:has|have)\s+decided\s+on\s+an?\s+(?:new\s+|additional\s+|further\s+)?(?:[\w-]+\s+){0,2}?(?:contribution|package|donation|grant|allocation)\s+of\s+(?:[$€£¥]|\d|(?-i:[A-Z]{3})\s?\d)|\bdirected\s+that\s+[^.;]{0,40}?(?:[$€£¥]|\d)[^.;]{0,80}?\bbe\s+(?:provided|sent|allocated|given|disbursed|released)\b|\bsigned\s+a\s+decision\s+(?:releasing|allocating|providing|granting|on\s+the\s+release\s+of)\s+(?:[$€£¥]|\d|(?-i:[A-Z]{3})\s?\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DecidedToGive();

    /// <summary>
    /// Whether a line is a heading that names a new package ("A new security assistance package of $1.85 billion", "Additional
    /// humanitarian aid worth €20 million"): short, without a full stop, and in a release it heads the announcement below it.
    /// </summary>
    public static bool IsNewPackageHeading(string sentence) => NewPackageHeading().IsMatch(sentence);

    [GeneratedRegex(@"^\W*(?:(?:A|An)\s+)?(?:new|additional|further|fresh)\s+(?:[\w-]+\s+){0,4}?(?:package|tranche|assistance|aid|funding)\b(?:[^.;:!?\n]|\.\d){0,40}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewPackageHeading();

    /// <summary>Whether a sentence presents a numbered or named aid package today ("Today we are presenting the twenty-third donation package").</summary>
    public static bool PresentsAidPackage(string sentence) => PresentsPackage().IsMatch(sentence) && TodayWord().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:present(?:s|ing|ed)|unveil(?:s|ing|ed))\s+(?:its|their|our|the|a)\s+(?:[\w-]+\s+){0,2}?(?:donation|support|aid|assistance|military)\s+package\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PresentsPackage();

    [GeneratedRegex(@"\b(?:today|this morning)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TodayWord();

    /// <summary>Whether a sentence opens a list of what a package holds ("The assistance includes:", "It consists of:", "Main components:",
    /// "The allocation will be distributed as follows:").</summary>
    public static bool IntroducesPartsList(string sentence) => PartsListIntro().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:includes|include|including|comprises|consists of|is made up of|contains)(?:\s+(?:the following|two|three|four|five|six|\d+)(?:\s+(?:main|key|major))?(?:\s+(?:parts|elements|components|items|measures|strands))?)?\s*:\s*$|\b(?:has|have|had)\s+(?:already\s+)?(?:included|provided|delivered|committed|sent|supplied)\b[^.;:]{0,60}:\s*$|^\W*(?:(?:The|Its|Main|Key|Major)\s+)?(?:(?:main|key|major)\s+)?(?:components|elements|contents?|parts)(?:\s+of\s+the\s+package)?(?:\s*\([^)]{0,60}\))?\s*:\s*$|\b(?:will\s+be|is|are|was|were)\s+(?:distributed|divided|split|allocated|broken\s+down|spent)\s+as\s+follows\s*:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartsListIntro();

    /// <summary>
    /// Whether a list's opening sentence recalls what was given ("U.S. security assistance committed to Ukraine has included,
    /// among other items:"): the list's items are a recap, not a package.
    /// </summary>
    public static bool IntroducesRecapList(string sentence) => RecapListIntro().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:has|have|had)\s+(?:already\s+)?(?:included|provided|delivered|committed|sent|supplied)\b[^.;:]{0,60}:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecapListIntro();

    /// <summary>Whether a sentence is an item of a bulleted list.</summary>
    public static bool IsBullet(string sentence) => Bullet().IsMatch(sentence);

    /// <summary>Whether a line is a label and its sum, a row of a table written as text ("Long-range drones: DKK 450 million").</summary>
    public static bool IsLabelledSumLine(string sentence) => LabelledSum().IsMatch(sentence);

    [GeneratedRegex(@"^[^.:;\n]{3,120}:\s*(?:(?:about|approximately|around|some|up to)\s+)?(?:[$€£¥]|\d|(?-i:[A-Z]{3})\s)[^:;]{0,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledSum();

    [GeneratedRegex(@"^\s*[-•*–]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();

    /// <summary>Whether the text before a party is only a bullet's mark (and "the"): the party opens the bullet.</summary>
    public static bool OpensBullet(string left) => BulletOpening().IsMatch(left);

    [GeneratedRegex(@"^\s*[-•*–]\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BulletOpening();

    /// <summary>Whether a sentence describes one numbered part of a package just named ("The first, worth $350 million, ...", "The second tranche will ...").</summary>
    public static bool OpensWithOrdinalPart(string sentence) => OrdinalPartOpener().IsMatch(sentence);

    /// <summary>Whether the words before a sum announce it as the total of the sums before it ("..., for a total of $7.9 billion").</summary>
    public static bool IntroducesTotal(string leftContext) => TotalIntro().IsMatch(leftContext);

    [GeneratedRegex(@"\b(?:for a total of|a total of|totall?ing|in total|altogether)\s+(?:(?:more than|over|about|around|nearly|almost|some|roughly|up to)\s+)?\W?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalIntro();

    /// <summary>Whether the words before a sum make it someone's ("Ukraine's $15.5 billion loan programme").</summary>
    public static bool IsOwnedAmount(string leftContext) => OwnedLeft().IsMatch(leftContext);

    [GeneratedRegex(@"(?:'s|’s)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnedLeft();

    [GeneratedRegex(@"^[^.;$€£¥\d]{0,80}?\bmakes?\s+up\s+(?:another|a further|the remaining|the other|the rest)\b|^\W*(?:(?:It|This|That|These|The)\s+(?:[\w-]+\s+){0,2}?(?:includes|include|including|comprises|consists of|is made up of|covers|breaks down into|combines)\b|(?:It|This|That|These|The)\s+(?:[\w-]+\s+){0,2}?(?:will be|is being|are being|was|were)\s+(?:provided|channell?ed|delivered|disbursed|allocated)\s+(?:through|via|to)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex PartsOpener();

    [GeneratedRegex(@"^\W*The\s+remaining\s+(?:(?:[A-Z]{3}|[A-Z]?\$|[€£])\s?)?\d[\d.,]*\s*(?:million|billion)?\b|^\W*(?:The\s+(?:first|second|third|fourth|fifth|last|remaining)(?:\s+(?:part|tranche|package|portion|half|one))?|(?:First|Second|Third|Fourth|Fifth|Last|Remaining)\s+(?:part|tranche|package|portion|half))\s*(?:,|\(|\s+(?:is|was|will|comes|consists|includes|worth)\b)|^\W*(?:First|Second|Third|Fourth|Fifth|Finally),\s+(?:(?:about|approximately|up to|nearly|more than)\s+)?(?:[$€£]|[A-Z]{3}\s?\d|\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalPartOpener();

    [GeneratedRegex(@"\b(?:including|includes|include|of which|made up of|comprising|comprises|consisting of|consists of|split between|divided between|broken down into|which includes|(?<!along\s|together\s)with)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartsIntro();

    [GeneratedRegex(@"^\s*(?:to|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}(?:,\s*(?:and\s+)?|\s*and\s+)$|^\s*(?:in|for|of|worth of|to\s+(?:help|support|buy|fund|finance|pay for|cover|purchase|rebuild|repair|restore|strengthen))\s+[^$€£¥\d]{2,160}?(?:,\s*(?:and\s+)?|\s+and\s+(?:another\s+|a further\s+|an additional\s+)?|,?\s+(?:along with|as well as|plus)\s+|;\s*)$|^\s*,?\s*and\s+(?:a|an|another)\s+[^$€£¥\d]{2,80}?\b(?:package|tranche|grant|loan|contribution|programme|program)\s+(?:of|worth|valued at|totall?ing)\s+(?:(?:about|approximately|around|nearly|almost|some|roughly|up to|more than|over)\s+)?$|^\s*,?\s*and\s+[^$€£¥\d,;]{2,80}?\s+(?:worth|valued at)\s+(?:(?:about|approximately|around|nearly|almost|some|roughly|up to|more than|over)\s+)?$|\b(?:and|while)\s+(?:(?:will|would|also|is|are)\s+)*(?:contribut|provid|giv|send|donat|allocat|lend|grant|commit|pledg|extend)\w*\s+(?:(?:an?|another|additional|further|more than|over|about|up to)\s+)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeparateSums();

    [GeneratedRegex(@"^\s*(?<what>(?:in|for|from|through|under|of|to)\b[^,;.]{1,80}?)(?=\s*(?:,|;|\.|$|\s+and\s+(?:\$|€|£|¥|US\$|\d)))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartWords();
}

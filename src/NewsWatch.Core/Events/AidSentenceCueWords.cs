using System.Text.RegularExpressions;

namespace NewsWatch.Events;

/// <summary>
/// Words that name what a sentence does with money, given to the classifier beside its n-grams. The n-grams learn
/// the wording of the documents they were trained on and miss a pledge worded another way ("USAID is also
/// providing $600,000 in additional support", "we're going to make $21 billion available to the IMF"); these say
/// the same thing for every wording: a giving verb before a sum, future or present tense, a recap's "since" or
/// "so far", a request, a halt, a question.
/// </summary>
public static partial class AidSentenceCueWords
{
    /// <summary>A space-separated word per cue found (empty when none), the classifier's second input.</summary>
    public static string Of(string sentence)
    {
        var words = new List<string>(8);
        var money = Money().Match(sentence);
        var give = Give().Match(sentence);
        if (money.Success) words.Add("cmoney");
        if (give.Success) words.Add("cgive");
        if (Give().Matches(sentence).Any(g => Money().Match(sentence, g.Index + g.Length) is { Success: true } m && m.Index - (g.Index + g.Length) <= GiveToSumChars))
            words.Add("cgivemoney");
        if (AidNoun().IsMatch(sentence)) words.Add("caid");
        var future = Future().IsMatch(sentence);
        var now = Now().IsMatch(sentence);
        // "new contributions totaling $316 million" announces a total; "aid totaling $4 billion" with no tense of its own sums up.
        var recap = Recap().IsMatch(sentence) || Total().IsMatch(sentence) && !future && !now;
        if (future) words.Add("cfuture");
        if (now) words.Add("cnow");
        if (recap) words.Add("crecap");
        if (Request().IsMatch(sentence)) words.Add("crequest");
        if (Halt().IsMatch(sentence)) words.Add("chalt");
        if (sentence.TrimEnd().EndsWith('?') || QuestionStart().IsMatch(sentence)) words.Add("cquestion");
        if (Domestic().IsMatch(sentence)) words.Add("cdomestic");
        if (money.Success && give.Success && (future || now) && !recap) words.Add("cnewsum");
        if (money.Success && recap) words.Add("crecapsum");
        return string.Join(' ', words);
    }

    /// <summary>How far a sum may follow its giving verb ("to provide at least $8 million", "providing $250 million — the United States is — to").</summary>
    private const int GiveToSumChars = 60;

    /// <summary>A sum of money, not a count: "2 million 155mm shells" is not one.</summary>
    [GeneratedRegex(@"(?:[$€£¥]|\b(?:US\$|USD|EUR|GBP|CAD|AUD|JPY|CHF|NOK|SEK|DKK|PLN)\s?)\s?\d|\b\d[\d,.]*\s*(?:(?:thousand|million|billion|trillion|bn|mln)\s+)?(?:dollars|euros?|pounds|sterling|yen|kroner|kronor|zlotys?|hryvnias?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Money();

    [GeneratedRegex(@"\b(?:provid(?:e|es|ed|ing)|giv(?:e|es|ing)|gave|contribut(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|commit(?:s|ted|ting)?|pledg(?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|send(?:s|ing)?|sent|invest(?:s|ed|ing)?|grant(?:s|ed|ing)?|lend(?:s|ing)?|lent|mak(?:e|es|ing)\s+(?:an?\s+)?(?:additional\s+)?|made\s+(?:an?\s+)?|financ(?:e|es|ed|ing)|fund(?:s|ed|ing)?|disburs(?:e|es|ed|ing)|transfer(?:s|red|ring)?|suppl(?:y|ies|ied|ying)|approv(?:e|es|ed|ing)|authoriz(?:e|es|ed|ing)|confirm(?:s|ed|ing)?|unveil(?:s|ed|ing)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Give();

    [GeneratedRegex(@"\b(?:assistance|aid|support|package|funding|grants?|loans?|drawdown|donations?|contributions?|investments?|security assistance|humanitarian)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AidNoun();

    [GeneratedRegex(@"\b(?:will|intends? to|intend to|plans? to|is going to|are going to|'re going to|’re going to|to provide|would provide|shall|expects? to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Future();

    /// <remarks>"has decided to extend Emergency Grant Aid of 6 million US dollars": a government's decision to give is news of the day.</remarks>
    [GeneratedRegex(@"\b(?:today|tonight|this week|announc(?:e|es|ing)|is providing|are providing|'re providing|’re providing|new|additional|another|(?:has|have)\s+decided\s+to\s+(?:provide|extend|give|contribute|allocate|donate|grant|disburse|send))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Now();

    [GeneratedRegex(@"\b(?:since|to date|so far|cumulative|has provided|have provided|had provided|has committed|have committed|(?:has|have) been (?:mobili[sz]ed|allocated|committed|provided|disbursed|delivered|spent)|already|previously|last (?:year|month|week)|in (?:19|20)\d\d|over the (?:past|last)|more than \d+ (?:packages|tranches))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Recap();

    [GeneratedRegex(@"\b(?:in total|total of|totaling|totalling)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Total();

    [GeneratedRegex(@"\b(?:request(?:s|ed|ing)?|ask(?:s|ed|ing)? (?:the )?Congress|urg(?:e|es|ed|ing)|calls? on|called on|appeal(?:s|ed)?|supplemental|pass (?:the|this|that)|needs?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Request();

    [GeneratedRegex(@"\b(?:paus(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|cut(?:s|ting)?|freez(?:e|es|ing)|froze|frozen|block(?:s|ed|ing)?|withh(?:o|e)ld(?:s|ing)?|run(?:ning)? out|ran out)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Halt();

    /// <summary>Money that stays at home or is business, not aid: "U.S. farmers", "rural communities", "jobs", "exports", "investment in North Carolina".</summary>
    [GeneratedRegex(@"\b(?:U\.S\.|US|American|domestic|rural|local)\s+(?:farmers|companies|businesses|firms|workers|families|communities|manufacturers|manufacturing|hospitals|producers|industry)\b|\bjobs\b|\bexports?\b|\b(?:private|commercial)\s+(?:sector\s+)?invest\w*|\bcompany\b|\bcorporation\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Domestic();

    [GeneratedRegex(@"^\s*Q[\s:.]", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionStart();
}

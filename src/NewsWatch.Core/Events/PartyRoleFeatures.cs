using System.Text;
using System.Text.RegularExpressions;

namespace NewsWatch.Events;

/// <summary>
/// One candidate party of a sentence described as words for the role model: the rule cues around it, the
/// words next to it, where it stands (first, last, before or after the giving verb and the sum), what kind
/// of party it is and which. Words, not numbers, so the featurizer turns them into a sparse bag.
/// </summary>
public static partial class PartyRoleFeatures
{
    /// <param name="cues">The party's <see cref="PartyRoles.Cues"/>, which the caller needs as well.</param>
    public static string Describe(string text, Range sentence, IReadOnlyList<PartyMatch> parties, int index, RoleCues cues)
    {
        var p = parties[index];
        var (sStart, sEnd) = (sentence.Start.GetOffset(text.Length), sentence.End.GetOffset(text.Length));
        var sb = new StringBuilder(256);
        void Add(string feature) => sb.Append(feature).Append(' ');

        if (cues.Adversary) Add("cue_adversary");
        if (cues.Place) Add("cue_place");
        if (cues.ProgrammeName) Add("cue_programme");
        if (cues.AtStart) Add("cue_subject");
        if (cues.RecipientLeft) Add("cue_to_left");
        if (cues.GiveVerbLeft) Add("cue_give_left");
        if (cues.ReceiveRight) Add("cue_receive_right");
        if (cues.RecipientNounRight) Add("cue_recipient_noun_right");
        if (cues.DonorLeft) Add("cue_by_left");
        if (cues.AidNounRight) Add("cue_aid_noun_right");
        if (cues.DonorVerbRight) Add("cue_verb_right");
        if (cues.OfficeRight) Add("cue_office_right");

        var left = Words(text[Math.Max(sStart, p.Start - 40)..p.Start]);
        var right = Words(text[p.End..Math.Min(sEnd, p.End + 40)]);
        if (left.Count > 0) Add("l1_" + left[^1]);
        if (left.Count > 1) Add("l2_" + left[^2] + "_" + left[^1]);
        if (left.Count == 0) Add("l1_none");
        if (right.Count > 0) Add("r1_" + right[0]);
        if (right.Count > 1) Add("r2_" + right[0] + "_" + right[1]);
        if (right.Count == 0) Add("r1_none");
        if (text[p.End..Math.Min(sEnd, p.End + 2)] is "'s" or "’s") Add("possessive");
        // The speaker of a quote or statement ("Dutch Defence Minister Ruben Brekelmans said") usually speaks for the giver.
        if (Speaker().IsMatch(text[p.End..Math.Min(sEnd, p.End + 60)])) Add("speaker");
        if (AfterQuote().IsMatch(text[Math.Max(sStart, p.Start - 40)..p.Start])) Add("after_quote");
        // "approved by the Danish parliament", "financed by Denmark": the agent of a passive.
        if (PassiveAgent().IsMatch(text[Math.Max(sStart, p.Start - 40)..p.Start])) Add("passive_agent");

        Add("source_" + p.Source);
        Add("code_" + p.Party.Code);
        Add(parties.Count == 1 ? "only" : index == 0 ? "first" : index == parties.Count - 1 ? "last" : "middle");
        if (parties.Any(o => o.Party.Code != p.Party.Code && o.Source == PartySource.Body) && p.Source != PartySource.Body) Add("with_body");

        var sentenceText = text[sStart..sEnd];
        var at = p.Start - sStart;
        var verb = GiveVerb().Match(sentenceText);
        Add(!verb.Success ? "verb_none" : at < verb.Index ? "before_verb" : "after_verb");
        var money = Money().Match(sentenceText);
        Add(!money.Success ? "money_none" : at < money.Index ? "before_money" : "after_money");
        if (verb.Success && money.Success && at > verb.Index && at > money.Index) Add("after_both");
        return sb.ToString();
    }

    private static List<string> Words(string span)
    {
        var words = new List<string>();
        foreach (Match m in Word().Matches(span)) words.Add(m.Value.ToLowerInvariant());
        return words;
    }

    [GeneratedRegex(@"^(?:'s|’s)?\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,5}(?:said|says|told|announced|announces|stated|added|wrote|declared)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Speaker();

    [GeneratedRegex(@"[”""],?\s*(?:\p{Ll}+\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex AfterQuote();

    [GeneratedRegex(@"\b(?:\w+ed|been|paid|given|sent|made|led|run|hosted)\s+by\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PassiveAgent();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:provid|give|giv|gave|send|sent|deliver|pledg|donat|grant|commit|announc|approv|allocat|transfer|disburs|suppl|offer|promis|authoriz|contribut)\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GiveVerb();

    [GeneratedRegex(@"[$€£¥]\s?\d|\b\d[\d,.]*\s*(?:million|billion|trillion|bn|mn)\b|\b(?:USD|EUR|GBP)\s?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Money();
}

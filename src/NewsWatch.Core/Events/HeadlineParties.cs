using System.Text.RegularExpressions;

namespace NewsWatch.Events;

/// <summary>
/// Whom a headline's aid is for. Headlines are written to name it ("... pledge $350 million for Yemen as donors ...",
/// "Britain adds £15 million to Pakistan flood relief", "Saudi Arabia gives Yemen $1.2 billion", "First U.S. aid flight lands in
/// Myanmar"), while the story's sentences also name neighbours, hosts of refugees and helpers. Only a party the headline marks
/// as receiving counts: the role model, trained on sentences, reads the giver of "Indian relief flights land in Kathmandu" as
/// the recipient.
/// </summary>
internal static partial class HeadlineParties
{
    /// <summary>
    /// The one country the headline marks as receiving: after "for" or "to" (or a giving verb), else after "in" or an arrival
    /// verb or before what the aid answers; null when it marks none, or two different ones of the same rank ("lands in Egypt
    /// for Gaza" is Gaza's). With it, the codes of the countries the headline names unmarked: givers and helpers, as the story
    /// has it.
    /// </summary>
    public static (AidParty? Recipient, IReadOnlySet<string> Others) Read(string? title, IReadOnlyList<PartyMatch> parties)
    {
        (AidParty?, IReadOnlySet<string>) none = (null, new HashSet<string>());
        if (title is null) return none;
        // In text order, the longer of two overlapping names kept ("Sudanese", not a "Sudan" inside it).
        var countries = new List<PartyMatch>();
        foreach (var p in parties.Where(p => p.Source == PartySource.CountryMention).OrderBy(p => p.Start).ThenByDescending(p => p.End))
            if (countries.Count == 0 || p.Start >= countries[^1].End) countries.Add(p);
        AidParty? recipient = null;
        var others = new HashSet<string>();
        // "Turkish ship with field hospitals reaches Libya; UK offers up to £1m": the stories of one headline agree on their
        // recipient, or a story names only its giver, at its start. "World briefs: Biden's Gaza aid; UN money for Afghan quake
        // zone" tells two stories, and names no one recipient.
        var from = 0;
        foreach (var to in title.Select((c, k) => (c, k)).Where(x => x.c == ';').Select(x => x.k).Append(title.Length))
        {
            var inStory = countries.Where(p => p.Start >= from && p.End <= to).ToList();
            var (marked, unmarked) = ReadStory(title, from, to, inStory);
            if (marked is null)
            {
                if (inStory.Any(p => !SubjectLeft().IsMatch(title[from..p.Start]))) return none;
            }
            else if (recipient is not null && recipient.Code != marked.Code) return none;
            else recipient = marked;
            others.UnionWith(unmarked);
            from = to + 1;
        }
        if (recipient is null) return none;
        others.Remove(recipient.Code);
        return (recipient, others);
    }

    /// <summary>The recipient one story of a headline marks, and the codes of the countries it names unmarked.</summary>
    private static (AidParty? Recipient, IEnumerable<string> Unmarked) ReadStory(string title, int from, int to, List<PartyMatch> countries)
    {
        string Left(PartyMatch p) => title[from..p.Start];
        string Right(PartyMatch p) => title[p.End..to];
        bool IsName(PartyMatch p) => string.Equals(title[p.Start..p.End], p.Party.Name, StringComparison.OrdinalIgnoreCase);
        // "as Syria donors meet", "EU boosts Somalia famine aid": the country's own name before what the aid answers (an
        // adjective is the giver's: "Indian relief flights").
        bool NamesCause(PartyMatch p) => IsName(p) && CauseRight().IsMatch(Right(p));
        // "for Sudanese refugees in Chad": the refugees' country is not where the aid goes.
        bool NamesRefugees(PartyMatch p) => !IsName(p) && RefugeesRight().IsMatch(Right(p));
        var first = Joined(countries, countries.Where(p => !NamesRefugees(p) && (ForOrGivenLeft().IsMatch(Left(p)) || ReceivesRight().IsMatch(Right(p)))).ToList(), title);
        // "One Year into Russia's Full-Scale Invasion": a country's possessive is no place aid reaches.
        var second = Joined(countries, countries.Where(p => ArrivesInLeft().IsMatch(Left(p)) && !PossessiveRight().IsMatch(Right(p)) || NamesCause(p)).ToList(), title);
        var unmarked = countries.Except(first).Except(second).Select(p => p.Party.Code);
        return (One(first) ?? (first.Count == 0 ? One(second) : null), unmarked);
    }

    /// <summary>The marked countries and those listed right after them ("for Niger and Chad" marks both; not the giver of "reach
    /// Nepal, Britain pledges £5m").</summary>
    private static List<PartyMatch> Joined(List<PartyMatch> countries, List<PartyMatch> marked, string title)
    {
        for (var k = 1; k < countries.Count; k++)
            if (marked.Contains(countries[k - 1]) && !marked.Contains(countries[k]) && ListJoint().IsMatch(title[countries[k - 1].End..countries[k].Start])
                && !GivesRight().IsMatch(title[countries[k].End..]))
                marked.Add(countries[k]);
        return marked;
    }

    private static AidParty? One(List<PartyMatch> marked) =>
        marked.Select(p => p.Party).DistinctBy(p => p.Code).ToList() is { Count: 1 } one ? one[0] : null;

    // "for quake-hit Haiti", "to war-torn Sudan", "gives Yemen", "to lend Pakistan"; not "Needs Related to Russia's Invasion".
    [GeneratedRegex(@"(?:(?<!\b(?:related|due|according|thanks|owing|leading|prior|pursuant|response|reply)\s+)\b(?:for|to)(?:\s+(?:the\s+)?(?:people|victims|refugees|survivors)\s+of)?|\b(?:give|gives|giving|lend|lends|grant|grants|offer|offers|send|sends|hand|hands)|\baid to)\s+(?:the\s+)?(?:[\w]+-(?:hit|torn|stricken|ravaged|struck)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ForOrGivenLeft();

    [GeneratedRegex(@"^\s+(?:refugees|migrants|asylum|displaced)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RefugeesRight();

    // "Britain adds £5m", "First U.S. aid flight": a country at the start of its story is its subject.
    [GeneratedRegex(@"^\s*(?:[\p{L}-]+\s+)?$")]
    private static partial Regex SubjectLeft();

    [GeneratedRegex(@"^['’]s\b")]
    private static partial Regex PossessiveRight();

    [GeneratedRegex(@"^\s*(?:,|&|\band\b)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ListJoint();

    // "Pakistan receives $1.2 billion from IMF".
    [GeneratedRegex(@"^\s*(?:receives|gets|secures|wins)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReceivesRight();

    [GeneratedRegex(@"^\s+(?:aid|donors?|relief|funds?|conference|appeal|famine|quake|earthquake|floods?|cyclone|drought|refugees?|crisis|reconstruction|recovery)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CauseRight();

    // "lands in Myanmar", "reaches Libya", "arrive in Morocco", "airdrop food into Gaza".
    [GeneratedRegex(@"(?:\b(?:in|into)|\b(?:reach|reaches|reached))\s+(?:the\s+)?(?:[\w]+-(?:hit|torn|stricken|ravaged|struck)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ArrivesInLeft();

    [GeneratedRegex(@"^\s+(?:pledges?|gives?|offers?|sends?|adds?|announces?|promises?|commits?|donates?|provides?|grants?|lends?|to\s+(?:give|send|provide|pledge|offer|lend))\b", RegexOptions.IgnoreCase)]
    private static partial Regex GivesRight();
}

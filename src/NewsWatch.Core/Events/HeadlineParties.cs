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
        if (title is null) return (null, new HashSet<string>());
        var countries = parties.Where(p => p.Source == PartySource.CountryMention).ToList();
        string Left(PartyMatch p) => title[..p.Start];
        // "as Syria donors meet", "EU boosts Somalia famine aid": the country's own name before what the aid answers (an
        // adjective is the giver's: "Indian relief flights").
        bool NamesCause(PartyMatch p) => string.Equals(title[p.Start..p.End], p.Party.Name, StringComparison.OrdinalIgnoreCase) && CauseRight().IsMatch(title[p.End..]);
        var first = countries.Where(p => ForOrGivenLeft().IsMatch(Left(p)) || ReceivesRight().IsMatch(title[p.End..])).ToList();
        var second = countries.Where(p => ArrivesInLeft().IsMatch(Left(p)) || NamesCause(p)).ToList();
        var recipient = One(first) ?? (first.Count == 0 ? One(second) : null);
        if (recipient is null) return (null, new HashSet<string>());
        return (recipient, countries.Except(first).Except(second).Select(p => p.Party.Code).Where(c => c != recipient.Code).ToHashSet());
    }

    private static AidParty? One(List<PartyMatch> marked) =>
        marked.Select(p => p.Party).DistinctBy(p => p.Code).ToList() is { Count: 1 } one ? one[0] : null;

    // "for quake-hit Haiti", "to war-torn Sudan", "gives Yemen", "to lend Pakistan".
    [GeneratedRegex(@"(?:\b(?:for|to)(?:\s+(?:the\s+)?(?:people|victims|refugees|survivors)\s+of)?|\b(?:give|gives|giving|lend|lends|grant|grants|offer|offers|send|sends|hand|hands)|\baid to)\s+(?:the\s+)?(?:[\w]+-(?:hit|torn|stricken|ravaged|struck)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ForOrGivenLeft();

    // "Pakistan receives $1.2 billion from IMF".
    [GeneratedRegex(@"^\s*(?:receives|gets|secures|wins)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReceivesRight();

    [GeneratedRegex(@"^\s+(?:aid|donors?|relief|funds?|conference|appeal|famine|quake|earthquake|floods?|cyclone|drought|refugees?|crisis|reconstruction|recovery)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CauseRight();

    // "lands in Myanmar", "reaches Libya", "arrive in Morocco", "airdrop food into Gaza".
    [GeneratedRegex(@"(?:\b(?:in|into)|\b(?:reach|reaches|reached))\s+(?:the\s+)?(?:[\w]+-(?:hit|torn|stricken|ravaged|struck)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ArrivesInLeft();
}

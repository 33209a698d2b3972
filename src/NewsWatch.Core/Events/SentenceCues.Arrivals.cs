using System.Text.RegularExpressions;

namespace NewsWatch.Events;

public static partial class SentenceCues
{
    /// <summary>
    /// Relief that a giver's planes, ships, trucks or teams brought in, as news reports it without a sum ("A Qatari air force
    /// plane loaded with tents, food and medical supplies landed in Khost on Friday", "Search-and-rescue teams from Spain and
    /// the UK arrived in Morocco on Sunday", "U.S. military C-130 aircraft dropped more than 38,000 meals over southern Gaza"):
    /// a delivery the classifier, trained mostly on money, reads as no aid. Null when the sentence reports none.
    /// </summary>
    /// <returns>Where the giver's words end (the carrier's or team's noun, or the drop verb: "A Qatari air force plane",
    /// "teams from Spain and the UK arrived", "Jordanian air force planes dropped"), and where the arrival verb starts (a
    /// sender may stand before it: "sent by the Lithuanian government") and ends (the place it reached comes after).</returns>
    public static (int GiverEnd, int VerbStart, int VerbEnd)? AidArrival(string sentence)
    {
        if (Arrival().Match(sentence) is not { Success: true } m || !ReliefGoods().IsMatch(sentence)
            || ArrivalNotYet().IsMatch(sentence[..m.Index]) || BackgroundArrival().IsMatch(sentence)) return null;
        var giverEnd = m.Groups["carrier"].Success ? m.Groups["carrier"].Index : m.Groups["verb"].Index;
        return (giverEnd, m.Groups["verb"].Index, m.Groups["verb"].Index + m.Groups["verb"].Length);
    }

    /// <summary>
    /// "So, today, another 66 trucks got into Gaza over the last 24 hours with lifesaving humanitarian assistance", "60 trucks went
    /// through Kerem Shalom": a count of trucks through a crossing is the flow of everybody's aid, not a delivery by anyone.
    /// </summary>
    public static bool CountsCrossings(string sentence) => CrossingCount().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:\d[\d,]*|another|more|hundreds\s+of|dozens\s+of)\s+(?:more\s+)?(?:aid\s+|humanitarian\s+|relief\s+|UN\s+)?(?:trucks|lorries|convoys)\b(?:[^.;]|\.\d){0,80}?\b(?:got|went|entered|crossed|passed|came|moved|rolled|made\s+it|have\s+gone|have\s+entered|have\s+crossed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CrossingCount();

    /// <summary>
    /// Whether the words from a party to where the giver's words end keep to one noun phrase ("Qatari air force ",
    /// " and the UK "): a country named before a comma ("the epicentre of the Moroccan earthquake, a unit of ...") is not the giver.
    /// </summary>
    public static bool ModifiesCarrier(string between) => between.Length <= MaxCarrierModifierChars && CarrierModifier().IsMatch(between);

    private const int MaxCarrierModifierChars = 60;

    [GeneratedRegex(@"^[^,;:()—–]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CarrierModifier();

    /// <summary>Whether the words before a party between the carrier and its arrival name it as the sender ("trucks carrying generators sent by the Lithuanian government", "teams from Spain").</summary>
    public static bool SentBy(string left) => SenderLeft().IsMatch(left);

    [GeneratedRegex(@"\b(?:(?:sent|donated|provided|supplied|dispatched|funded)\s+by|from)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SenderLeft();

    /// <summary>"The Polish rescue team ..., which reached Adıyaman on 7 February, has so far rescued": an arrival told as background.</summary>
    [GeneratedRegex(@"\b(?:which|who|that)\s+(?:had\s+|has\s+|have\s+)?(?:landed|arrived|reached|docked)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BackgroundArrival();

    /// <summary>"carrying 500 tonnes of relief supplies for the people of Gaza": whom the cargo is for, wherever it docked.</summary>
    public static bool ConsignedTo(string left) => ConsignedLeft().IsMatch(left);

    [GeneratedRegex(@"\bfor\s+(?:the\s+)?(?:(?:people|population|civilians|survivors|victims)\s+(?:of|in)\s+)?(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConsignedLeft();

    /// <remarks>
    /// A carrier that brought something and then arrived (or arrived carrying it: "Indian Air Force transport planes landed throughout
    /// the day carrying tents"), a consignment that landed ("The first consignment of mpox vaccines ..., donated by the European Union,
    /// landed"), rescuers or a team from somewhere that arrived, or relief dropped from the air.
    /// "sent" and "delivered" stay with the classifier: they as often sum up weeks of help.
    /// </remarks>
    [GeneratedRegex(@"(?<carrier>\b(?:aircraft|(?:air)?planes?|jets?|flights?|airlifts?|ships?|vessels?|convoys?|trucks?|lorries|helicopters?|C-1[37]0s?|C-17s?|Hercules)\b)(?:[^.;]|\.\d){0,150}?\b(?:carrying|loaded with|laden with|bringing|with)\b(?:[^.;]|\.\d){0,160}?\b(?<verb>landed|arrived|docked|reached|touched down)\b"
        + @"|(?<carrier>\b(?:aircraft|(?:air)?planes?|flights?|ships?|vessels?|convoys?|trucks?|lorries|helicopters?|C-1[37]0s?|C-17s?|Hercules)\b)(?:[^.;]|\.\d){0,60}?\b(?<verb>landed|arrived|docked|touched down)\b(?:[^.;]|\.\d){0,60}?\b(?:carrying|loaded with|laden with|bringing)\b"
        + @"|(?<carrier>\b(?:consignments?|shipments?|cargo|batch)\b)(?:[^.;]|\.\d){0,160}?\b(?<verb>landed|arrived|docked)\b"
        + @"|(?<carrier>\b(?:rescuers|(?:team|teams|unit|units|contingent)\s+of\s+(?:[\p{L}-]+\s+){0,3}?(?:rescuers|doctors|medics|firefighters))\b)(?:[^.;]|\.\d){0,120}?\b(?<verb>arrived|landed|reached)\b"
        + @"|\b(?:search[- ]and[- ]rescue|rescue|relief|medical|emergency|disaster[- ]response)\s+(?:teams?|workers|specialists|experts|personnel|units?)\b(?:[^.;]|\.\d){0,120}?\b(?<verb>arrived|landed|reached)\b"
        + @"|\b(?<verb>dropped|airdropped|air-dropped|parachuted)\b(?:[^.;]|\.\d){0,40}?\b(?:meals|food|parcels|pallets|bundles|aid|supplies|water|rations)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Arrival();

    [GeneratedRegex(@"\b(?:tents|blankets|food|foodstuffs|medic(?:ine|ines|al)|supplies|water|meals|relief|aid|rescuers|rescue|field hospitals?|generators|shelter|parcels|rations|vaccines?|doses|humanitarian)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReliefGoods();

    /// <summary>"The first of three planes is expected to land", "ships that will dock": not arrived yet.</summary>
    [GeneratedRegex(@"\b(?:will|would|expected|due|scheduled|planned|plans?|waiting|to be)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArrivalNotYet();

    /// <summary>Whether the words between an arrival verb and a country lead to where it arrived ("in", "over southern", "at the port
    /// of", or nothing: "reached Gaza City").</summary>
    public static bool LeadsToPlace(string between) => ToPlace().IsMatch(between);

    [GeneratedRegex(@"^[^,;]{0,40}?\b(?:in|to|into|over|at|near|for)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$|^\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToPlace();

    /// <summary>Whether a sentence's words before a country open it with the place it happens in ("In eastern ", "In flood-hit ").</summary>
    public static bool OpensInPlace(string left) => InPlaceOpening().IsMatch(left);

    [GeneratedRegex(@"^\W*In\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex InPlaceOpening();
}

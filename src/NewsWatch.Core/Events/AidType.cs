using System.Text.RegularExpressions;

namespace NewsWatch.Events;

/// <summary>
/// The five aid types and the cue words that tell them apart. A sentence (or the sentences of one
/// package) gets the type with the most cue hits; each named item counts as a military cue, and a
/// training verb counts double because "train pilots on F-16s" is training, not a jet delivery.
/// </summary>
public static partial class AidType
{
    public const string Military = "military";
    public const string Financial = "financial";
    public const string Humanitarian = "humanitarian";
    public const string Training = "training";

    /// <summary>Energy, health, infrastructure, development and democracy programmes: aid, but none of the four above.</summary>
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All = [Military, Financial, Humanitarian, Training, Other];

    /// <summary>
    /// Cue counts per type in <paramref name="text"/>; <paramref name="itemCount"/> named items add to military. A sentence
    /// without any cue but a disaster ("to UN agencies fighting a cholera epidemic in Yemen") is humanitarian: the disaster
    /// words count only then, as beside a loan or a weapon they name the occasion, not the aid.
    /// </summary>
    public static Dictionary<string, int> Cues(string text, int itemCount)
    {
        var cues = new Dictionary<string, int>
        {
            [Military] = MilitaryCues().Count(text) + itemCount,
            [Financial] = FinancialCues().Count(text),
            [Humanitarian] = HumanitarianCues().Count(text),
            [Training] = 2 * TrainingCues().Count(text),
            [Other] = OtherCues().Count(text),
        };
        if (cues.Values.All(c => c == 0)) cues[Humanitarian] = DisasterCues().Count(text);
        return cues;
    }

    /// <summary>
    /// The type with the most cues; ties go in the order of <see cref="All"/>. With no cue at all, lenders
    /// (World Bank, IMF, EIB, EBRD and the Asian and African development banks) give financial aid and everyone else, in this domain, military aid.
    /// </summary>
    public static string Decide(IReadOnlyDictionary<string, int> cues, string donorCode)
    {
        var best = All.MaxBy(t => (cues.GetValueOrDefault(t), -IndexOf(t)))!;
        if (cues.GetValueOrDefault(best) > 0) return best;
        return donorCode is "WB" or "IMF" or "EIB" or "EBRD" or "ADB" or "AFDB" or "ISDB" ? Financial : Military;
    }

    private static int IndexOf(string type) => All.ToList().IndexOf(type);

    [GeneratedRegex(@"\b(?:military|weapons?|arms|ammunition|munitions|missiles?|artillery|air[- ]defen[cs]e|tanks?|howitzers?|rockets?|security assistance|defen[cs]e (?:aid|support|package|assistance|materiel)|armou?red|fighter jets?|jets|shells|rounds|drawdown|lethal|interceptors?|launchers?|vehicles)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MilitaryCues();

    [GeneratedRegex(@"\b(?:loans?|lends?|lent|budget(?:ary)? support|direct budget|financial|financing|grants?|macro-financial|credit|guarantees?|disburse\w*|economic (?:aid|support|assistance)|lending|salaries|wages|pensions|budget)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FinancialCues();

    [GeneratedRegex(@"\b(?:humanitarian|food|medical|medicines?|shelters?|relief|refugees?|evacuees|displaced|generators?|emergency aid|convoys?|water|ambulances?|winter aid|civilians)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HumanitarianCues();

    [GeneratedRegex(@"\b(?:earthquakes?|quakes?|floods?|flooding|flooded|cyclones?|hurricanes?|typhoons?|storms?|tsunami|droughts?|famine|disasters?|survivors|victims|cholera|epidemics?|outbreaks?|Ebola|mpox)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DisasterCues();

    [GeneratedRegex(@"\b(?:train|trains|trained|training|instructors?|recruits)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrainingCues();

    [GeneratedRegex(@"\b(?:energy|electricity|power (?:grid|plants?|sector)|grid|infrastructure|reconstruction|rebuild\w*|health|healthcare|malaria|HIV|AIDS|PEPFAR|vaccines?|vaccination|disease|climate|clean energy|emissions|methane|adaptation|democracy|democratic|governance|elections?|civil society|independent media|anti-corruption|education|schools?|agricultur\w*|farmers|digital|telecommunications|broadband|connectivity|cyber\w*|development)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherCues();
}

using System.Text.RegularExpressions;

namespace NewsWatch.Events;

/// <summary>
/// Weapon systems and equipment named in aid announcements, each with one canonical name so two outlets
/// writing "M142 HIMARS" and "Himars launchers" list the same item. Item overlap helps merge reports of
/// the same package and tells a military package apart from a financial one.
/// </summary>
public static partial class AidItemGazetteer
{
    private static readonly (string Canonical, Regex Pattern)[] Items =
    [
        ("HIMARS", R(@"HIMARS|Himars|M142")),
        ("Patriot", R(@"Patriot(?!\s+Act)")),
        ("NASAMS", R(@"NASAMS")),
        ("IRIS-T", R(@"IRIS-T(?:\s+SL[MS])?")),
        ("SAMP/T", R(@"SAMP/T|Mamba")),
        ("Gepard", R(@"Gepard")),
        ("Skynex", R(@"Skynex")),
        ("HAWK", R(@"HAWK|Hawk\s+(?:missiles?|launchers?|air\s+defen[cs]e)")),
        ("Stinger", R(@"Stingers?")),
        ("Javelin", R(@"Javelins?")),
        ("NLAW", R(@"NLAWs?")),
        ("Storm Shadow", R(@"Storm\s+Shadows?")),
        ("SCALP", R(@"SCALP")),
        ("ATACMS", R(@"ATACMS")),
        ("Taurus", R(@"Taurus")),
        ("Harpoon", R(@"Harpoons?")),
        ("Brimstone", R(@"Brimstone")),
        ("Leopard 1", R(@"Leopard\s*1(?:A5)?")),
        ("Leopard 2", R(@"Leopard(?:\s*2(?:A[4-8])?)?(?!\s*1)")),
        ("Abrams", R(@"Abrams|M1A[12]")),
        ("Challenger 2", R(@"Challenger\s*2")),
        ("Bradley", R(@"Bradleys?")),
        ("Marder", R(@"Marders?")),
        ("Stryker", R(@"Strykers?")),
        ("M113", R(@"M113s?")),
        ("CV90", R(@"CV90s?")),
        ("Bushmaster", R(@"Bushmasters?")),
        ("Humvee", R(@"Humvees?")),
        ("Caesar", R(@"Caesars?")),
        ("Archer", R(@"Archer\s+(?:artillery|howitzers?|systems?)")),
        ("PzH 2000", R(@"PzH\s*2000")),
        ("M777", R(@"M777s?")),
        ("M109", R(@"M109s?")),
        ("AS90", R(@"AS90s?")),
        ("Krab", R(@"Krabs?")),
        ("F-16", R(@"F-16s?")),
        ("MiG-29", R(@"MiG-29s?")),
        ("Gripen", R(@"Gripens?")),
        ("Mirage 2000", R(@"Mirage(?:\s*2000(?:-5F?)?)?s?")),
        ("Rafale", R(@"Rafales?")),
        ("Black Hawk", R(@"Black\s*Hawks?|UH-60s?")),
        ("Mi-17", R(@"Mi-(?:17|8)s?")),
        ("Sea King", R(@"Sea\s+Kings?")),
        ("T-72", R(@"T-72s?")),
        ("PT-91", R(@"PT-91s?")),
        ("M270", R(@"M270s?|MARS\s*II")),
        ("Zuzana", R(@"Zuzanas?")),
        ("RCH 155", R(@"RCH\s*155")),
        ("Mistral", R(@"Mistrals?")),
        ("Crotale", R(@"Crotales?")),
        ("AMRAAM", R(@"AMRAAMs?|AIM-120")),
        ("Sidewinder", R(@"Sidewinders?|AIM-9")),
        ("HARM", R(@"HARMs?|AGM-88")),
        ("Hellfire", R(@"Hellfires?")),
        ("GMLRS", R(@"GMLRS")),
        ("Excalibur", R(@"Excalibur")),
        ("Bayraktar TB2", R(@"Bayraktars?(?:\s+TB2)?|TB2s?")),
        ("Switchblade", R(@"Switchblades?")),
        ("155mm artillery rounds", R(@"155\s?-?mm|155-millimet(?:er|re)")),
        ("cluster munitions", R(@"cluster\s+munitions")),
        ("drones", R(@"drones?|UAVs?")),
        ("Starlink", R(@"Starlink")),
    ];

    /// <summary>The canonical names of the items named in <paramref name="text"/>, in order of first appearance, without repeats.</summary>
    public static IReadOnlyList<string> Find(string text)
    {
        var found = new List<(int Index, string Name)>();
        foreach (var (name, pattern) in Items)
        {
            var m = pattern.Match(text);
            if (m.Success) found.Add((m.Index, name));
        }
        return found.OrderBy(f => f.Index).Select(f => f.Name).ToList();
    }

    private static Regex R(string alternatives) =>
        new(@"(?<![\p{L}\p{N}])(?:" + alternatives + @")(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.Compiled);
}

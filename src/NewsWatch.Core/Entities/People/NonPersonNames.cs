using System.Collections.Frozen;
using System.Text.RegularExpressions;
using NewsWatch.Entities.Model;

namespace NewsWatch.Entities.People;

/// <summary>
/// Says when a PERSON span names no person: a weapon system, vehicle, company, armed group or programme from
/// <c>non_person_names.txt</c> ("Javelin", "HIMARS", "Lockheed Martin"; names that are also surnames, such as "Abrams",
/// only before an equipment noun or after a number), or a place, building, company or event whose name ends in a
/// word from <c>body_words.txt</c> ("Cal Anderson Park", "Cesaroni Design Associates", "Stanley Cup"), whether the
/// span holds that word or the word follows it; a single word before "of" and a capitalised word ("Hall of Fame"); a
/// name after a common noun for a company, publication, work or thing ("the newspaper Bild", "drugmaker Roche"), or
/// with the words of a listed company around it ("Russ Berrie and Co", "Barrick shares", "shares of Barrick").
/// Immutable after construction, so thread-safe.
/// </summary>
public sealed partial class NonPersonNames
{
    /// <summary>Words after an ambiguous name that make it the equipment ("Abrams tanks", "Caesar howitzers").</summary>
    private static readonly HashSet<string> EquipmentNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "tank", "tanks", "vehicle", "vehicles", "ifv", "ifvs", "apc", "apcs", "system", "systems", "missile", "missiles",
        "howitzer", "howitzers", "drone", "drones", "launcher", "launchers", "jet", "jets", "fighter", "fighters",
        "round", "rounds", "battery", "batteries", "interceptor", "interceptors", "helicopter", "helicopters", "shells",
        "units", "fighting", "armoured", "armored", "self-propelled", "artillery", "guns", "crews", "fleet",
    };

    /// <summary>
    /// Lower-case nouns right before a name that make it the name of a company, publication, work or thing ("the
    /// newspaper Bild", "Swiss drugmaker Roche", "airline Kam Air", "the movie Ray"). Nouns for people ("spokesman",
    /// "leader") never stand here; storms are left out because GMB counts a storm's name as a person.
    /// </summary>
    private static readonly FrozenSet<string> ThingNouns = FrozenSet.Create(StringComparer.Ordinal,
        "newspaper", "daily", "weekly", "magazine", "tabloid", "journal", "airline", "carrier", "company", "firm", "drugmaker",
        "automaker", "carmaker", "maker", "manufacturer", "miner", "retailer", "insurer", "bank", "lender",
        "conglomerate", "giant", "supplier", "exporter", "broadcaster", "channel", "network", "website", "brand",
        "label", "band", "film", "movie", "album", "song", "novel", "book", "opera", "series", "show", "operation", "ship",
        "vessel", "tanker", "frigate", "destroyer", "submarine", "satellite", "rocket", "missile", "missiles", "system",
        "systems", "tank", "tanks", "jet", "jets", "drone", "drones", "howitzer", "howitzers", "vehicle", "aircraft",
        "helicopter", "plane", "airport", "stadium", "club", "hotel", "chain", "studio", "subsidiary", "group");

    /// <summary>Words after a name that make it a listed company ("Barrick shares", "Barrick's profit fell").</summary>
    private static readonly FrozenSet<string> CompanyWordsAfter = FrozenSet.Create(StringComparer.Ordinal,
        "shares", "stock", "shareholders", "profit", "profits", "revenue", "revenues", "earnings", "subsidiary", "plc", "AG",
        "SA", "NV", "LLC", "Holdings");

    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ambiguous = new(StringComparer.Ordinal);
    private readonly HashSet<string> _bodyWords = new(StringComparer.OrdinalIgnoreCase);

    public NonPersonNames(IEnumerable<string> names, IEnumerable<string> bodyWords)
    {
        foreach (var line in names)
        {
            var name = line.Trim();
            var ambiguous = name.StartsWith('?');
            (ambiguous ? _ambiguous : _names).Add(Key(ambiguous ? name[1..] : name));
        }

        foreach (var word in bodyWords)
        {
            _bodyWords.Add(word.Trim());
        }
    }

    /// <summary>The process-wide instance over the embedded lists (immutable facts).</summary>
    public static NonPersonNames Shared { get; } = new(EmbeddedData.Lines("non_person_names.txt"), EmbeddedData.Lines("body_words.txt"));

    /// <summary>True when <c>text[start..end)</c>, a PERSON span without titles, names something other than a person in its context.</summary>
    public bool IsNonPerson(string text, int start, int end)
    {
        var span = text[start..end];
        var key = Key(span);
        var after = ContextWords.After(text, end);
        if (_names.Contains(key))
        {
            return true;
        }

        if (_ambiguous.Contains(key) && (EquipmentNouns.Contains(after.ToString()) || IsNumber(ContextWords.Before(text, start))))
        {
            return true;
        }

        var before = ContextWords.Before(text, start);
        if (ThingNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before) || IsCompanyContext(text, start, end, after))
        {
            return true;
        }

        // "Hall of Fame", "Bank of England": one capitalised word before "of" and another; but a title before the word makes
        // it a person's ("Prime Minister Frederiksen of Denmark").
        if (!span.Contains(' ', StringComparison.Ordinal) && after is "of" && !WordLists.IsTitle(before.ToString()) && ContextWords.IsCapitalised(ContextWords.After(text, text.IndexOf("of", end, StringComparison.Ordinal) + 2)))
        {
            return true;
        }

        // "ABU DHABI 1996-08-22", "SAN SALVADOR 1996-08-22": no name holds a digit, and a line opening in capitals
        // with a date after it is a wire dateline's place.
        if (span.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || IsDatelinePlace(text, start, end))
        {
            return true;
        }

        // "Salem, New Jersey", "Burnaby, British Columbia", "Boultham is a village in Lincolnshire": a place.
        var following = text.AsSpan(end, Math.Min(60, text.Length - end));
        if (RegionAfter().IsMatch(following) || PlaceDefinitionAfter().IsMatch(following))
        {
            return true;
        }

        var lastSpace = span.LastIndexOf(' ');
        var last = lastSpace < 0 ? span : span[(lastSpace + 1)..];
        return lastSpace > 0 && _bodyWords.Contains(last) || after.Length > 1 && char.IsUpper(after[0]) && _bodyWords.Contains(after.ToString());
    }

    /// <summary>"Barrick shares", "shares of Barrick", "stake in Barrick", "Russ Berrie and Co", "Smith & Sons".</summary>
    private static bool IsCompanyContext(string text, int start, int end, ReadOnlySpan<char> after)
    {
        if (CompanyWordsAfter.GetAlternateLookup<ReadOnlySpan<char>>().Contains(after))
        {
            return true;
        }

        var before = ContextWords.Before(text, start);
        var twoBefore = ContextWords.Before(text, ContextWords.StartOfWordBefore(text, start));
        if (before is "of" && twoBefore is "shares" || before is "in" && twoBefore is "stake" or "stakes")
        {
            return true;
        }

        var rest = text.AsSpan(end).TrimStart();
        return (rest.StartsWith("and ", StringComparison.Ordinal) || rest.StartsWith("& ", StringComparison.Ordinal))
            && ContextWords.After(text, end + (text.Length - end - rest.Length) + (rest[0] == '&' ? 1 : 3)) is "Co" or "Company" or "Sons";
    }

    /// <summary>A US state, Canadian province, Australian state or British nation after a comma: the name before it is a town.</summary>
    [GeneratedRegex(@"^\s*,\s*(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New\s+Hampshire|New\s+Jersey|New\s+Mexico|New\s+York|North\s+Carolina|North\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|South\s+Carolina|South\s+Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West\s+Virginia|Wisconsin|Wyoming|Alberta|British\s+Columbia|Manitoba|New\s+Brunswick|Newfoundland|Nova\s+Scotia|Ontario|Quebec|Saskatchewan|New\s+South\s+Wales|Queensland|Tasmania|Victoria|England|Scotland|Wales|Northern\s+Ireland)\b(?!\s*(?:-|Democrat|Republican|\())", RegexOptions.CultureInvariant)]
    private static partial Regex RegionAfter();

    [GeneratedRegex(@"^\s+(?:is|was)\s+an?\s+(?:(?:small|large|former|historic|rural|coastal)\s+)?(?:village|town|city|municipality|hamlet|parish|suburb|commune|district|township|borough|settlement)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceDefinitionAfter();

    private static bool IsDatelinePlace(string text, int start, int end)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        if (start > 0 && lineStart < start && !text.AsSpan(lineStart, start - lineStart).IsWhiteSpace())
        {
            return false;
        }

        foreach (var c in text.AsSpan(start, end - start))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        var rest = text.AsSpan(end);
        var blank = rest.Length - rest.TrimStart(' ').Length;
        return blank > 0 && blank < rest.Length && char.IsDigit(rest[blank]);
    }

    private static bool IsNumber(ReadOnlySpan<char> word) => word.Length > 0 && char.IsDigit(word[0]);

    private static string Key(string name) =>
        string.Join(' ', Diacritics.Fold(name).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

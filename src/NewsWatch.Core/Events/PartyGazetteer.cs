using System.Text.RegularExpressions;

namespace NewsWatch.Events;

/// <summary>
/// Donors and recipients the entity tagger does not tag as COUNTRY: bodies that give or receive aid
/// (codes as in the entity gazetteer: EU, NATO, UN, WB, IMF, G7, EIB, EBRD) and capitals or institutions
/// that stand for a country in news prose ("Washington", "the Pentagon", "Kyiv", "Downing Street").
/// A metonym right after "in" or "at" is a place ("talks in Berlin"), not an actor, and is skipped.
/// </summary>
public static partial class PartyGazetteer
{
    private static readonly (string Aliases, string Code, string Name, PartySource Source)[] Entries =
    [
        ("European Union|EU|E.U.|European Commission|European Council|Council of the EU|European Peace Facility|the Commission", "EU", "European Union", PartySource.Body),
        ("Brussels", "EU", "European Union", PartySource.Metonym),
        ("NATO|Nato|North Atlantic Treaty Organization|North Atlantic Treaty Organisation", "NATO", "NATO", PartySource.Body),
        ("United Nations|UN|U.N.|UNHCR|UNICEF|UNRWA|World Food Programme|WFP|OCHA|Central Emergency Response Fund|CERF|UNDP|International Organization for Migration|IOM", "UN", "United Nations", PartySource.Body),
        ("World Bank", "WB", "World Bank", PartySource.Body),
        ("IMF|International Monetary Fund", "IMF", "International Monetary Fund", PartySource.Body),
        ("G7|G-7|Group of Seven", "G7", "G7", PartySource.Body),
        ("European Investment Bank|EIB", "EIB", "European Investment Bank", PartySource.Body),
        ("European Bank for Reconstruction and Development|EBRD", "EBRD", "European Bank for Reconstruction and Development", PartySource.Body),
        ("Gulf Cooperation Council|GCC", "GCC", "Gulf Cooperation Council", PartySource.Body),
        ("Asian Development Bank|ADB", "ADB", "Asian Development Bank", PartySource.Body),
        ("African Development Bank|AfDB", "AFDB", "African Development Bank", PartySource.Body),
        ("Islamic Development Bank|IsDB", "ISDB", "Islamic Development Bank", PartySource.Body),
        ("Washington|Pentagon|White House|State Department|Defense Department|Department of Defense|USAID|US Agency for International Development|Biden administration|Trump administration|Congress", "US", "United States", PartySource.Metonym),
        // The US aid agencies and programmes that announce in their own name ("PMI plans to invest $28 million", "MCC will
        // provide"); export credit (EXIM) and trade promotion are not aid and are left out.
        ("Millennium Challenge Corporation|MCC|Development Finance Corporation|DFC|PEPFAR|President’s Malaria Initiative|President's Malaria Initiative|PMI|Peace Corps", "US", "United States", PartySource.Metonym),
        ("Kyiv|Kiev", "UA", "Ukraine", PartySource.Metonym),
        ("Berlin|Bundeswehr", "DE", "Germany", PartySource.Metonym),
        ("London|Downing Street|Whitehall", "GB", "United Kingdom", PartySource.Metonym),
        ("Paris|Élysée|Elysee", "FR", "France", PartySource.Metonym),
        ("Tokyo", "JP", "Japan", PartySource.Metonym),
        ("Ottawa", "CA", "Canada", PartySource.Metonym),
        ("Canberra", "AU", "Australia", PartySource.Metonym),
        ("Oslo", "NO", "Norway", PartySource.Metonym),
        ("Stockholm", "SE", "Sweden", PartySource.Metonym),
        ("Copenhagen", "DK", "Denmark", PartySource.Metonym),
        ("The Hague", "NL", "Netherlands", PartySource.Metonym),
        ("Warsaw", "PL", "Poland", PartySource.Metonym),
        ("Rome", "IT", "Italy", PartySource.Metonym),
        ("Madrid", "ES", "Spain", PartySource.Metonym),
        ("Prague", "CZ", "Czechia", PartySource.Metonym),
        ("Helsinki", "FI", "Finland", PartySource.Metonym),
        ("Vilnius", "LT", "Lithuania", PartySource.Metonym),
        ("Riga", "LV", "Latvia", PartySource.Metonym),
        ("Tallinn", "EE", "Estonia", PartySource.Metonym),
        ("Seoul", "KR", "South Korea", PartySource.Metonym),
        ("Ankara", "TR", "Turkey", PartySource.Metonym),
        ("Bratislava", "SK", "Slovakia", PartySource.Metonym),
        ("Bucharest", "RO", "Romania", PartySource.Metonym),
        ("Taipei", "TW", "Taiwan", PartySource.Metonym),
        ("Moscow|Kremlin", "RU", "Russia", PartySource.Metonym),
        // Capitals that speak for big donors in aid news ("New Delhi would provide $1 billion ..., while ... Beijing would give
        // $483 million", "Riyadh's $400m for Ukraine"). Not the capitals of small donors, which news names mostly as meeting
        // places: "Joint statement - Reykjavik, 29 October 2024" read Iceland as the recipient and outvoted Ukraine (holdout32).
        ("New Delhi", "IN", "India", PartySource.Metonym),
        ("Beijing", "CN", "China", PartySource.Metonym),
        ("Riyadh", "SA", "Saudi Arabia", PartySource.Metonym),
        ("Abu Dhabi", "AE", "United Arab Emirates", PartySource.Metonym),
        ("Doha", "QA", "Qatar", PartySource.Metonym),
    ];

    private static readonly Dictionary<string, (AidParty Party, PartySource Source)> ByAlias = BuildIndex();

    private static readonly Regex Pattern = new(
        @"(?<![\p{L}\p{N}])(?:" + string.Join("|", ByAlias.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The bodies and metonyms inside <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>), with offsets into <paramref name="text"/>.</summary>
    public static IEnumerable<PartyMatch> Find(string text, int start, int end)
    {
        for (var m = Pattern.Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            var (party, source) = ByAlias[m.Value];
            if (source == PartySource.Metonym && IsSeatOfGovernment(text, start, m.Index, m.Index + m.Length)) source = PartySource.SeatOfGovernment;
            else if (source == PartySource.Metonym && IsLocative(text, start, m.Index)) continue;
            // "the Commission" alone is the European Commission in aid prose; "the Commission on Human Rights" is not.
            if (m.Value == BareCommission && NamedCommissionRegex().IsMatch(text.AsSpan(m.Index + m.Length))) continue;
            // "NATO-standard systems", "EU-compatible": a body naming a kind of thing is no party to the sentence.
            if (StandardSuffixRegex().IsMatch(text.AsSpan(m.Index + m.Length))) continue;
            yield return new PartyMatch(party, m.Index, m.Index + m.Length, source);
        }
    }

    /// <summary>Whether <paramref name="code"/> is a body (EU, NATO, UN, World Bank, IMF, G7, ...), not a country.</summary>
    public static bool IsBody(string code) => BodyCodes.Contains(code);

    private static readonly HashSet<string> BodyCodes = Entries.Where(e => e.Source == PartySource.Body).Select(e => e.Code).ToHashSet(StringComparer.Ordinal);

    private static bool IsLocative(string text, int sentenceStart, int index)
    {
        var left = text[Math.Max(sentenceStart, index - 12)..index];
        return LocativeRegex().IsMatch(left);
    }

    /// <summary>
    /// "In London, the government said it would give a further £5m", "the defence ministry in Oslo said": a capital named as
    /// the seat of the government that speaks stands for that government.
    /// </summary>
    private static bool IsSeatOfGovernment(string text, int sentenceStart, int index, int end)
    {
        var from = Math.Max(sentenceStart, index - SeatWindow);
        return GovernmentLeftRegex().IsMatch(text.AsSpan(from, index - from))
            || index - sentenceStart <= OpeningInChars && GovernmentRightRegex().IsMatch(text.AsSpan(end, Math.Min(SeatWindow, text.Length - end)));
    }

    /// <summary>How far on either side of a capital the government it seats is looked for.</summary>
    private const int SeatWindow = 40;

    /// <summary>The length of "In " before a capital that opens the sentence.</summary>
    private const int OpeningInChars = 3;

    private static Dictionary<string, (AidParty, PartySource)> BuildIndex()
    {
        var index = new Dictionary<string, (AidParty, PartySource)>(StringComparer.Ordinal);
        foreach (var (aliases, code, name, source) in Entries)
            foreach (var alias in aliases.Split('|'))
                index[alias] = (new AidParty(code, name), source);
        return index;
    }

    private const string BareCommission = "the Commission";

    [GeneratedRegex(@"^\s+(?:on|of|for|to)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamedCommissionRegex();

    [GeneratedRegex(@"^[-‑–](?:standard|compatible|interoperable|grade|calibre|caliber|certified|style)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StandardSuffixRegex();

    [GeneratedRegex(@"\b(?:in|at|near|outside)\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LocativeRegex();

    [GeneratedRegex(@"\b(?:government|ministry|office|cabinet)\s+in\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GovernmentLeftRegex();

    [GeneratedRegex(@"^,\s+(?:the\s+)?(?:government|(?:foreign|defen[cs]e|finance)\s+ministry|ministry|foreign office|cabinet)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GovernmentRightRegex();
}

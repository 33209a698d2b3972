namespace NewsWatch.Entities.Countries;

/// <summary>
/// Every ISO 3166-1 country (plus Kosovo) with its names, short forms, demonyms and adjectives, and the
/// handful of non-country bodies that act like donors (EU, NATO, UN, World Bank, IMF, ...).
/// Built once (<see cref="Shared"/>) and read-only afterwards, so lookups are cheap enough for per-token model features.
/// </summary>
/// <remarks>
/// Matching is case-insensitive except for initialisms ("US" must be upper case, so the pronoun "us" is no
/// country), and lower-case forms of names that are also common words ("turkey", "chad", "polish", "china")
/// do not match. Context decisions (Jordan the person, Georgia the U.S. state) belong to <see cref="CountryResolver"/>.
/// </remarks>
public sealed class CountryGazetteer
{
    /// <summary>Lower-case words that are names or demonyms only when capitalised.</summary>
    private static readonly HashSet<string> CommonWordsInLowerCase = new(StringComparer.Ordinal)
    {
        "turkey", "chad", "china", "guinea", "jersey", "chile", "panama", "brazil", "japan", "jordan",
        "polish", "pole", "poles", "french", "dutch", "swiss", "danish", "dane", "danes", "welsh", "scot", "scots",
        "swede", "swedes", "finn", "finns", "turk", "turks", "kiwi", "afghan", "english", "brit", "brits", "greek", "lao",
    };

    /// <summary>
    /// Place names that contain a country name but are not that country; as longer matches they win over
    /// the country inside them and yield nothing.
    /// </summary>
    private static readonly string[] NotCountries =
    [
        "New Jersey", "New Mexico", "New South Wales", "New England", "New Guinea", "Latin America", "South America",
        "North America", "Central America", "British Columbia", "Mexico City", "Kuwait City", "Panama City",
        "Guatemala City", "Djibouti City", "Luxembourg City", "Lake Chad", "Jordan River", "Jordan Valley",
        "Georgia Tech", "Korean Peninsula", "Indian Ocean", "Arabian Sea", "Irish Sea", "English Channel",
        "South China Sea", "East China Sea", "Sea of Japan", "Gulf of Mexico", "Turkish Stream",
        // US domestic policy names: "federal funding into Indian Country" is no aid to India.
        "Indian Country", "American Indian", "American Indians", "Indian tribe", "Indian tribes", "Indian Health Service",
        "Indian Affairs", "Indian reservation", "Indian reservations",
    ];

    private readonly Node _root = new();
    private readonly Dictionary<string, CountryEntry> _countries;
    private readonly Dictionary<string, OrganisationEntry> _organisations;

    /// <summary>The process-wide instance (the tables are immutable facts).</summary>
    public static CountryGazetteer Shared { get; } = new();

    private CountryGazetteer()
    {
        _countries = new Dictionary<string, CountryEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in EmbeddedData.Lines("countries.tsv"))
        {
            var cols = line.Split('\t');
            var entry = new CountryEntry(cols[0], cols[4], cols[1]);
            _countries[entry.Iso2] = entry;
            Add(entry.Name, entry.Iso2, GazetteerKind.CountryName);
            foreach (var alias in SplitList(cols[2]))
            {
                Add(alias, entry.Iso2, GazetteerKind.CountryName);
            }
        }
        // Demonyms after all names, so a string that is both ("Saudi") stays a name.
        foreach (var line in EmbeddedData.Lines("countries.tsv"))
        {
            var cols = line.Split('\t');
            foreach (var demonym in SplitList(cols[3]))
            {
                Add(demonym, cols[0], GazetteerKind.Demonym);
            }
        }
        _organisations = new Dictionary<string, OrganisationEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in EmbeddedData.Lines("organisations.tsv"))
        {
            var cols = line.Split('\t');
            var entry = new OrganisationEntry(cols[0], cols[1]);
            _organisations[entry.Code] = entry;
            Add(entry.Name, entry.Code, GazetteerKind.Organisation);
            foreach (var alias in SplitList(cols[2]))
            {
                Add(alias, entry.Code, GazetteerKind.Organisation);
            }
        }
        foreach (var place in NotCountries)
        {
            AddBlock(place);
        }
        Countries = [.. _countries.Values.OrderBy(c => c.Iso2, StringComparer.Ordinal)];
        Organisations = [.. _organisations.Values];
    }

    public IReadOnlyList<CountryEntry> Countries { get; }

    public IReadOnlyList<OrganisationEntry> Organisations { get; }

    /// <summary>The country with this alpha-2 code, or null.</summary>
    public CountryEntry? FindCountry(string iso2) => _countries.GetValueOrDefault(iso2);

    /// <summary>The organisation with this code (EU, NATO, UN, WB, IMF, ...), or null.</summary>
    public OrganisationEntry? FindOrganisation(string code) => _organisations.GetValueOrDefault(code);

    /// <summary>True when the whole text (one or more words) is a country name or short form.</summary>
    public bool IsCountryName(string text) => Lookup(text)?.Kind == GazetteerKind.CountryName;

    /// <summary>True when the whole text is a demonym or adjective of a country.</summary>
    public bool IsDemonym(string text) => Lookup(text)?.Kind == GazetteerKind.Demonym;

    /// <summary>True when the whole text names a known organisation.</summary>
    public bool IsOrganisation(string text) => Lookup(text)?.Kind == GazetteerKind.Organisation;

    /// <summary>The entry the whole text names (words separated by white space; a trailing possessive is ignored), or null.</summary>
    public GazetteerMatch? Lookup(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var tokens = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var match = LongestAt(tokens, 0);
        return match is { } m && m.Length == tokens.Length ? m : null;
    }

    /// <summary>Countries named or implied (demonyms) in a token sequence, longest match first, left to right.</summary>
    public IEnumerable<(int start, int length, string iso2)> MatchTokens(IReadOnlyList<string> tokens)
    {
        foreach (var match in MatchAll(tokens))
        {
            if (match.Kind != GazetteerKind.Organisation)
            {
                yield return (match.Start, match.Length, match.Code);
            }
        }
    }

    /// <summary>All gazetteer hits (countries, demonyms, organisations) in a token sequence, longest match, left to right.</summary>
    public IReadOnlyList<GazetteerMatch> MatchAll(IReadOnlyList<string> tokens)
    {
        List<GazetteerMatch>? matches = null;
        var i = 0;
        while (i < tokens.Count)
        {
            var length = Walk(tokens, i, out var terminal);
            if (length == 0)
            {
                i++;
                continue;
            }
            if (!terminal!.Blocked)
            {
                (matches ??= []).Add(new GazetteerMatch(i, length, terminal.Code, terminal.Kind));
            }
            i += length;
        }
        return matches ?? (IReadOnlyList<GazetteerMatch>)[];
    }

    /// <summary>The longest hit starting at token <paramref name="start"/>, or null (also null for non-country places such as "New Mexico").</summary>
    public GazetteerMatch? LongestAt(IReadOnlyList<string> tokens, int start)
    {
        var length = Walk(tokens, start, out var terminal);
        return length == 0 || terminal!.Blocked ? null : new GazetteerMatch(start, length, terminal.Code, terminal.Kind);
    }

    private int Walk(IReadOnlyList<string> tokens, int start, out Terminal? best)
    {
        best = null;
        var bestLength = 0;
        var node = _root;
        for (var i = start; i < tokens.Count && node.Children is not null; i++)
        {
            var token = tokens[i].AsSpan();
            var last = i - start + 1;
            // A possessive on the last word still names the country ("Ukraine's", "Russians'").
            var bare = ContextWords.StripPossessive(token);
            if (bare.Length != token.Length && node.Lookup.TryGetValue(bare, out var owner)
                && FirstAccepted(owner, tokens, start, last, stripLast: true) is { } t0)
            {
                best = t0;
                bestLength = last;
            }
            if (!node.Lookup.TryGetValue(token, out var next))
            {
                break;
            }
            node = next;
            if (FirstAccepted(node, tokens, start, last, stripLast: false) is { } t)
            {
                best = t;
                bestLength = last;
            }
        }
        return bestLength;
    }

    private static Terminal? FirstAccepted(Node node, IReadOnlyList<string> tokens, int start, int length, bool stripLast)
    {
        foreach (var terminal in node.Terminals)
        {
            if (Accepts(terminal, tokens, start, length, stripLast))
            {
                return terminal;
            }
        }
        return null;
    }

    private static bool Accepts(Terminal terminal, IReadOnlyList<string> tokens, int start, int length, bool stripLast)
    {
        if (terminal.CaseSensitive)
        {
            for (var k = 0; k < length; k++)
            {
                var token = tokens[start + k].AsSpan();
                if (stripLast && k == length - 1)
                {
                    token = ContextWords.StripPossessive(token);
                }
                if (!token.SequenceEqual(terminal.Surface[k]))
                {
                    return false;
                }
            }
            return true;
        }
        if (terminal.CommonWordInLowerCase && length == 1 && ContextWords.IsAllLower(tokens[start]))
        {
            return false;
        }
        return true;
    }

    private void Add(string alias, string code, GazetteerKind kind)
    {
        var caseSensitive = IsInitialism(alias);
        foreach (var variant in Variants(alias))
        {
            var surface = variant.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var terminal = new Terminal(code, kind, surface, caseSensitive,
                surface.Length == 1 && CommonWordsInLowerCase.Contains(surface[0].ToLowerInvariant()), Blocked: false);
            Insert(surface, terminal);
            if (variant.Contains('-', StringComparison.Ordinal))
            {
                Insert(variant.Replace("-", " - ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries), terminal);
            }
        }
    }

    private void AddBlock(string place)
    {
        var surface = place.Split(' ');
        Insert(surface, new Terminal("", GazetteerKind.CountryName, surface, CaseSensitive: false, CommonWordInLowerCase: false, Blocked: true));
    }

    private void Insert(string[] surface, Terminal terminal)
    {
        var node = _root;
        foreach (var word in surface)
        {
            if (node.Children is null)
            {
                node.Children = new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
                node.Lookup = node.Children.GetAlternateLookup<ReadOnlySpan<char>>();
            }
            if (!node.Children.TryGetValue(word, out var next))
            {
                next = new Node();
                node.Children[word] = next;
            }
            node = next;
        }
        // Several entries can share a case-folded surface ("NATO" must be upper case, "Nato" need not); the
        // first one that accepts the text wins, so names (loaded before demonyms) win over demonyms.
        if (!node.Terminals.Any(t => t.Code == terminal.Code && t.Kind == terminal.Kind && t.CaseSensitive == terminal.CaseSensitive))
        {
            node.Terminals = [.. node.Terminals, terminal];
        }
    }

    /// <summary>The alias as written, with straight and curly apostrophes, and without diacritics.</summary>
    private static IEnumerable<string> Variants(string alias)
    {
        var set = new HashSet<string>(StringComparer.Ordinal) { alias };
        set.Add(alias.Replace('\u2019', '\''));
        set.Add(alias.Replace('\'', '\u2019'));
        var folded = Diacritics.Fold(alias);
        set.Add(folded);
        set.Add(folded.Replace('\'', '\u2019'));
        return set;
    }

    /// <summary>"US", "U.S.", "UAE", "DPRK", "NATO": upper-case letters only (dots allowed), at most five letters.</summary>
    private static bool IsInitialism(string alias)
    {
        var letters = 0;
        foreach (var c in alias)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
                letters++;
            }
            else if (c != '.')
            {
                return false;
            }
        }
        return letters is > 0 and <= 5;
    }

    private static string[] SplitList(string column) =>
        column.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup;
        public Terminal[] Terminals = [];
    }

    private sealed record Terminal(string Code, GazetteerKind Kind, string[] Surface, bool CaseSensitive, bool CommonWordInLowerCase, bool Blocked);
}

namespace NewsWatch.Entities.People;

/// <summary>
/// The committed table of heads of state and government, foreign and defence ministers and the NATO, UN and EU
/// leaders (<c>office_holders.tsv</c>), looked up by full name, alias or bare surname on a date. Surnames are
/// derived from the names: the last word with its particles ("von der Leyen", "de Hoop Scheffer"), or the first
/// word for names written family name first ("Kim Jong Un", "Ban Ki-moon", "Xi Jinping"). Names compare without
/// case, diacritics, full stops or hyphens. Immutable after construction, so thread-safe.
/// </summary>
public sealed class OfficeHolders
{
    /// <summary>Countries whose leaders' names are written family name first in English-language news.</summary>
    private static readonly HashSet<string> FamilyNameFirst = new(StringComparer.Ordinal) { "CN", "TW", "KP", "KR", "VN", "HK", "MO" };

    /// <summary>Lower-case words that belong to the surname that follows them.</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "von", "van", "der", "den", "de", "da", "di", "du", "dos", "das", "del", "della", "la", "le", "ter", "ten", "bin", "ibn", "al", "el",
    };

    /// <summary>Regnal numbers: "Juan Carlos I" and "Felipe VI" have no surname.</summary>
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "x" };

    /// <summary>Which office wins when two holders in office share a surname: the offices news mentions most.</summary>
    private static readonly string[] Prominence =
    [
        "head_of_state", "head_of_government", "vice_president", "secretary_general", "eu_commission_president", "eu_council_president",
        "eu_high_representative", "foreign_minister", "defence_minister",
    ];

    private readonly List<OfficeHolder> _terms = [];
    private readonly Dictionary<string, List<OfficeHolder>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<OfficeHolder>> _bySurname = new(StringComparer.Ordinal);

    /// <summary>The process-wide instance over the embedded table (an immutable list of facts).</summary>
    public static OfficeHolders Shared { get; } = new(EmbeddedData.Lines("office_holders.tsv"));

    /// <summary>Builds the index from the table's lines (tab-separated name, aliases, country, office, from, to; a header line is skipped).</summary>
    public OfficeHolders(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var cells = line.Split('\t');
            if (cells.Length < 5 || cells[0] == "name" || !DateOnly.TryParse(cells[4], System.Globalization.CultureInfo.InvariantCulture, out var from))
            {
                continue;
            }
            DateOnly? to = cells.Length > 5 && DateOnly.TryParse(cells[5], System.Globalization.CultureInfo.InvariantCulture, out var end) ? end : null;
            var term = new OfficeHolder(cells[0].Trim(), cells[2].Trim(), cells[3].Trim(), from, to);
            _terms.Add(term);
            Add(_byName, Key(term.Name), term);
            foreach (var alias in cells[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                Add(_byName, Key(alias), term);
            }
            foreach (var surname in Surnames(term.Name, term.Country))
            {
                Add(_bySurname, surname, term);
            }
        }
    }

    /// <summary>Every term in the table, in table order.</summary>
    public IReadOnlyList<OfficeHolder> Terms => _terms;

    /// <summary>
    /// The holder a full name, alias or bare surname stands for on <paramref name="on"/>: a full name or alias
    /// before a surname; among the matches the one in office on that date, else the one whose term is nearest to
    /// it; ties go to the more prominent office. Null when nothing matches.
    /// </summary>
    public OfficeHolder? Find(string nameOrSurname, DateOnly on) => Find(nameOrSurname, on, inOfficeOnly: false);

    /// <summary>Like <see cref="Find(string, DateOnly)"/>, but only a holder in office on <paramref name="on"/>.</summary>
    public OfficeHolder? FindInOffice(string nameOrSurname, DateOnly on) => Find(nameOrSurname, on, inOfficeOnly: true);

    /// <summary>True when the words are the full name or an alias, two words or more, of anyone in the table ("Xi Jinping").</summary>
    public bool IsFullName(string words) => words.Contains(' ', StringComparison.Ordinal) && _byName.ContainsKey(Key(words));

    /// <summary>True when the words are a surname of anyone in the table, in office or not.</summary>
    public bool IsSurname(string word) => _bySurname.ContainsKey(Key(word));

    private OfficeHolder? Find(string nameOrSurname, DateOnly on, bool inOfficeOnly)
    {
        var key = Key(nameOrSurname);
        if (key.Length == 0)
        {
            return null;
        }
        if (_byName.TryGetValue(key, out var named) && Best(named, on, inOfficeOnly) is { } byName)
        {
            return byName;
        }
        return _bySurname.TryGetValue(key, out var surnamed) ? Best(surnamed, on, inOfficeOnly) : null;
    }

    private static OfficeHolder? Best(List<OfficeHolder> terms, DateOnly on, bool inOfficeOnly)
    {
        OfficeHolder? best = null;
        foreach (var term in terms)
        {
            if (inOfficeOnly && !term.InOfficeOn(on))
            {
                continue;
            }
            if (best is null || Better(term, best, on))
            {
                best = term;
            }
        }
        return best;
    }

    private static bool Better(OfficeHolder a, OfficeHolder b, DateOnly on)
    {
        var distance = a.DaysFrom(on).CompareTo(b.DaysFrom(on));
        if (distance != 0)
        {
            return distance < 0;
        }
        var rank = Rank(a.Office).CompareTo(Rank(b.Office));
        // Equal office and distance: the later term, which is the more recent holder.
        return rank != 0 ? rank < 0 : a.From > b.From;
    }

    private static int Rank(string office)
    {
        var rank = Array.IndexOf(Prominence, office);
        return rank < 0 ? Prominence.Length : rank;
    }

    /// <summary>The surname keys of a full name; none for a one-word name ("Akihito") or a regnal name ("Felipe VI").</summary>
    private static IEnumerable<string> Surnames(string name, string country)
    {
        var words = Key(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = words.Length - 1;
        if (last >= 0 && words[last] is "jr" or "sr")
        {
            last--;
        }
        if (last < 1 || Suffixes.Contains(words[last]))
        {
            yield break;
        }
        if (FamilyNameFirst.Contains(country) || name.Split(' ').Skip(1).Any(IsKoreanStyleGivenName))
        {
            yield return words[0];
            // Vietnamese leaders are usually shortened to their last name ("Phuc"), so both count there.
            if (country != "VN")
            {
                yield break;
            }
        }
        var first = last;
        while (first > 1 && Particles.Contains(words[first - 1]))
        {
            first--;
        }
        yield return string.Join(' ', words[first..(last + 1)]);
        if (first < last)
        {
            // Some reports shorten "de Hoop Scheffer" to "Scheffer".
            yield return words[last];
        }
    }

    /// <summary>"Ki-moon", "Dae-jung": a hyphenated given name of two short syllables, the second in lower case.</summary>
    private static bool IsKoreanStyleGivenName(string word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen is > 0 and <= 4 && word.Length - hyphen - 1 is > 0 and <= 5
            && char.IsUpper(word[0]) && char.IsLower(word[hyphen + 1]);
    }

    /// <summary>Lookup form: diacritics folded, lower case, full stops dropped, hyphens and curly apostrophes normalised.</summary>
    internal static string Key(string name)
    {
        var folded = Diacritics.Fold(name.Trim()).ToLowerInvariant()
            .Replace(".", "", StringComparison.Ordinal).Replace('-', ' ').Replace('\u2019', '\'');
        return string.Join(' ', folded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static void Add(Dictionary<string, List<OfficeHolder>> index, string key, OfficeHolder term)
    {
        if (key.Length == 0)
        {
            return;
        }
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        list.Add(term);
    }
}

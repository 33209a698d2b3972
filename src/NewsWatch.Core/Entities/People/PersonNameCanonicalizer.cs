using NewsWatch.Entities.Countries;

namespace NewsWatch.Entities.People;

/// <summary>
/// Turns the person spans of one article into one canonical full name per person: titles and roles are dropped
/// ("Mr. Stoltenberg", "Prime Minister Viktor Orban", "US President Joe Biden"), and a surname alone maps to the
/// full name it stands for in that article ("Mr. Stoltenberg", "Stoltenberg", "Jens Stoltenberg" are all
/// "Jens Stoltenberg"; "Mr. Biden" and "Joe Biden" are "Joe Biden"). A surname never given in full in the article
/// is the office holder of that surname in office on the publication date ("Putin" in 2024 is "Vladimir Putin"), else
/// it stays as written. Stateless and thread-safe.
/// </summary>
public sealed class PersonNameCanonicalizer
{
    /// <summary>Titles and roles, as word sequences; matched case-insensitively, longest first, full stops ignored.</summary>
    private static readonly string[][] Titles = [.. new[]
    {
        "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "Madam", "Monsieur",
        "President", "Vice President", "Vice-President", "President-elect", "Prime Minister", "Deputy Prime Minister",
        "Foreign Minister", "Defence Minister", "Defense Minister", "Finance Minister", "Interior Minister", "Minister",
        "Deputy Minister", "Secretary", "Secretary-General", "Secretary General", "Secretary of State", "Defense Secretary",
        "Defence Secretary", "Foreign Secretary", "Home Secretary", "Under Secretary", "Undersecretary", "Chancellor",
        "King", "Queen", "Prince", "Princess", "Crown Prince", "Pope", "Emir", "Sheikh", "Sultan", "Ayatollah",
        "Gen", "General", "Lt", "Lieutenant", "Lt Gen", "Lieutenant General", "Maj Gen", "Major General", "Brig Gen",
        "Brigadier General", "Col", "Colonel", "Lt Col", "Maj", "Major", "Capt", "Captain", "Adm", "Admiral",
        "Vice Admiral", "Rear Admiral", "Cmdr", "Commander", "Sgt", "Sergeant", "Cpl", "Corporal", "Pvt", "Private",
        "Marshal", "Field Marshal", "Sen", "Senator", "Rep", "Representative", "Congressman", "Congresswoman", "Gov",
        "Governor", "Mayor", "Judge", "Justice", "Chief Justice", "Ambassador", "Envoy", "Spokesman", "Spokeswoman",
        "Spokesperson", "Chairman", "Chairwoman", "Chair", "Speaker", "Rev", "Reverend", "Father", "Bishop",
        "Archbishop", "Cardinal", "Chief", "Commissioner", "Director", "Leader", "Opposition Leader", "Premier",
        "former", "then", "then-", "acting", "deputy", "late", "Ex",
    }.Select(t => t.Split(' ')).OrderByDescending(t => t.Length)];

    private readonly CountryGazetteer _countries;
    private readonly OfficeHolders? _holders;

    public PersonNameCanonicalizer(CountryGazetteer countries, OfficeHolders? holders = null)
    {
        _countries = countries;
        _holders = holders;
    }

    /// <summary>The process-wide instance over the shared country gazetteer and office-holder table.</summary>
    public static PersonNameCanonicalizer Shared { get; } = new(CountryGazetteer.Shared, OfficeHolders.Shared);

    /// <summary>
    /// The name without titles, roles, the country or body before them ("US President", "NATO Secretary-General"),
    /// a possessive, surrounding quotes or punctuation. Empty when the span is nothing but titles ("President").
    /// </summary>
    public string StripTitles(string? span)
    {
        if (string.IsNullOrWhiteSpace(span))
        {
            return "";
        }
        var words = span.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', ',', ';', ':', '(', ')', '[', ']'))
            .Where(w => w.Length > 0 && w != "-" && w != "\u2013")
            .ToList();
        if (words.Count > 0)
        {
            words[^1] = ContextWords.StripPossessive(words[^1].AsSpan()).ToString();
        }
        var start = 0;
        var stripped = true;
        while (stripped && start < words.Count)
        {
            stripped = false;
            // "US President", "Russian Defence Minister", "NATO Secretary-General": a country or body before a title.
            for (var n = Math.Min(3, words.Count - start - 1); n >= 1 && !stripped; n--)
            {
                if (start + n < words.Count && _countries.Lookup(string.Join(' ', words.Skip(start).Take(n))) is not null && TitleAt(words, start + n) > 0)
                {
                    start += n;
                    stripped = true;
                }
            }
            var title = TitleAt(words, start);
            if (title > 0)
            {
                start += title;
                stripped = true;
            }
        }
        return string.Join(' ', words.Skip(start));
    }

    /// <summary>
    /// One canonical name per span, in the order given (the spans of one article, in reading order). A surname or
    /// given name alone maps to the full name (two or more words) that ends or starts with it: the nearest one
    /// mentioned before it, else the first one after it. Names compare without case or diacritics. A single word left
    /// over is looked up among the office holders in office on <paramref name="on"/> (when given).
    /// </summary>
    public IReadOnlyList<string> Canonicalize(IReadOnlyList<string> spans, DateOnly? on = null)
    {
        var names = spans.Select(StripTitles).ToArray();
        var keys = names.Select(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Fold).ToArray()).ToArray();
        var result = new string[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            result[i] = names[i];
            var key = keys[i];
            if (key.Length == 0)
            {
                continue;
            }
            var best = -1;
            // Nearest fuller name before this mention, then the first after it.
            for (var j = i - 1; j >= 0 && best < 0; j--)
            {
                if (Extends(keys[j], key))
                {
                    best = j;
                }
            }
            for (var j = i + 1; j < names.Length && best < 0; j++)
            {
                if (Extends(keys[j], key))
                {
                    best = j;
                }
            }
            if (best >= 0)
            {
                // The fullest form of that person in the article ("Jens Stoltenberg" over "Stoltenberg").
                var canonical = best;
                for (var j = 0; j < names.Length; j++)
                {
                    if (keys[j].Length > keys[canonical].Length && Extends(keys[j], keys[canonical]))
                    {
                        canonical = j;
                    }
                }
                result[i] = names[canonical];
            }
            else if (key.Length == 1 && on is { } date && _holders?.FindInOffice(names[i], date) is { } holder)
            {
                result[i] = holder.Name;
            }
        }
        return result;
    }

    /// <summary>True when <paramref name="full"/> is a longer name that ends with <paramref name="part"/> (a surname) or is a single given name at its start.</summary>
    private static bool Extends(string[] full, string[] part)
    {
        if (full.Length <= part.Length)
        {
            return false;
        }
        var endsWith = full.AsSpan(full.Length - part.Length).SequenceEqual(part);
        var startsWith = part.Length == 1 && full[0] == part[0];
        return endsWith || startsWith;
    }

    private static int TitleAt(List<string> words, int start)
    {
        foreach (var title in Titles)
        {
            if (start + title.Length > words.Count)
            {
                continue;
            }
            var all = true;
            for (var k = 0; k < title.Length && all; k++)
            {
                all = words[start + k].TrimEnd('.').Equals(title[k], StringComparison.OrdinalIgnoreCase);
            }
            if (all)
            {
                return title.Length;
            }
        }
        return 0;
    }

    private static string Fold(string word) => Diacritics.Fold(word).Replace(".", "", StringComparison.Ordinal).ToLowerInvariant();
}

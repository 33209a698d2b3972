using NewsWatch.Entities.People;

namespace NewsWatch.Entities.Countries;

/// <summary>
/// Resolves a span of text (a model's COUNTRY span, or any candidate) to a country or organisation, or rejects it,
/// using the words around it: "Michael Jordan" and "Chad Smith" are people, "Atlanta, Georgia" is the U.S. state,
/// "roast turkey" is a bird. Stateless and thread-safe.
/// </summary>
public sealed class CountryResolver
{
    private const int CueRadius = 400;

    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Sen", "Senator", "Rep", "Gov", "Governor",
        "Gen", "General", "Col", "Capt", "Lt", "Sgt", "Prof", "Professor", "Coach", "Judge", "Justice", "Rev", "Father",
        "Sister", "Brother", "Uncle", "Aunt", "Mx",
    };

    /// <summary>Capitalised words after a name-like country that show a place or thing, not a surname.</summary>
    private static readonly HashSet<string> NonSurnames = new(StringComparer.OrdinalIgnoreCase)
    {
        "River", "Valley", "Basin", "Lake", "Sea", "Times", "Today", "Post", "Daily", "News", "Street", "Road",
        "University", "College", "Airport", "Airways", "Airlines", "Army", "Navy", "Air", "Force", "Government",
        "President", "Prime", "Minister", "King", "Queen", "Foreign", "Defence", "Defense", "Ministry", "National",
        "State", "The", "And", "Or", "But", "On", "In", "At", "To", "For", "From", "With", "By", "Of", "As", "If",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December", "Senate", "Tech",
        "Power", "Bulldogs", "Dome", "Aquarium", "Bureau", "Assembly", "House", "Supreme", "Court", "Department",
        "Public", "Republicans", "Democrats", "Republican", "Democratic", "GOP", "Day", "Parliament", "Border", "Embassy",
    };

    private static readonly HashSet<string> GeorgiaStateNeighbours = new(StringComparer.OrdinalIgnoreCase)
    {
        "Atlanta", "Savannah", "Augusta", "Macon", "Athens", "Columbus", "Marietta", "Albany", "Valdosta", "Gov",
        "Governor", "governor", "senator", "Senator", "senators", "Senate", "legislature", "Legislature", "state",
        "Republican", "Republicans", "Democrat", "Democrats", "Democratic", "GOP", "voters", "primary", "runoff",
        "county", "County", "counties", "Bulldogs", "Tech", "Power", "Southern", "Aquarium", "Dome", "peach", "Peach",
        "Bureau", "General", "Assembly", "Supreme", "secretary", "Secretary", "Attorney", "attorney", "Department",
        "Public", "election", "elections", "ballots", "delegation", "congressman", "congresswoman", "Braves", "Falcons",
    };

    private static readonly string[] GeorgiaStateCues =
    [
        "Atlanta", "Savannah", "Kemp", "Raffensperger", "Warnock", "Ossoff", "Fulton County", "Peach State", "Alabama",
        "Florida", "Tennessee", "Carolina", "Arizona", "Pennsylvania", "Michigan", "Wisconsin", "Nevada", "Texas", "Ohio",
        "Georgia's Senate", "governor", "U.S. state", "US state", "Trump", "Biden", "electoral",
    ];

    private static readonly string[] GeorgiaCountryCues =
    [
        "Tbilisi", "Georgian", "Caucasus", "Abkhazia", "Ossetia", "Saakashvili", "Kobakhidze", "Zourabichvili",
        "Ivanishvili", "Batumi", "Kutaisi", "Armenia", "Azerbaijan", "Black Sea", "Kremlin", "Moscow", "lari", "former Soviet",
    ];

    private static readonly HashSet<string> TurkeyBirdNeighbours = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "roast", "roasted", "wild", "smoked", "frozen", "whole", "Thanksgiving", "Christmas", "stuffed", "pardoned",
        "dinner", "sandwich", "sandwiches", "breast", "legs", "leg", "feathers", "farm", "farms", "recipe", "burgers",
        "bacon", "leftovers", "Day", "gravy", "stuffing", "hunting", "vultures", "vulture", "baster", "fryer",
    };

    private static readonly string[] TurkeyBirdCues =
    [
        "Thanksgiving", "roast", "stuffing", "gravy", "feast", "carve", "carving", "bird", "feathers", "oven",
        "poultry", "cranberr", "recipe", "gobble", "flock", "pardon", "Christmas dinner", "drumstick",
    ];

    private static readonly string[] TurkeyCountryCues =
    [
        "Ankara", "Istanbul", "Erdogan", "Erdoğan", "Turkish", "Turks", "NATO", "Nato", "Kurd", "Syria", "Bosphorus",
        "lira", "Greece", "Cyprus", "Black Sea", "Fidan", "government",
    ];

    private static readonly string[] JordanCountryCues =
    [
        "Amman", "Hashemite", "King Abdullah", "Jordanian", "Queen Rania", "West Bank", "Syria", "Iraq", "Israel",
        "Middle East", "Gaza", "Safadi", "kingdom",
    ];

    private static readonly string[] JordanPersonCues =
    [
        "basketball", "NBA", "Bulls", "Nike", "sneaker", "Air Jordan", "points", "coach", "championship", "Michael",
    ];

    private static readonly string[] ChadCountryCues =
    [
        "N'Djamena", "N’Djamena", "Ndjamena", "Chadian", "Sahel", "Deby", "Déby", "Mahamat", "Niger", "Sudan",
        "Cameroon", "Libya", "Africa",
    ];

    private readonly CountryGazetteer _gazetteer;
    private readonly FirstNameGazetteer _firstNames;

    public CountryResolver(CountryGazetteer gazetteer, FirstNameGazetteer firstNames)
    {
        _gazetteer = gazetteer;
        _firstNames = firstNames;
    }

    /// <summary>A resolver over the shared gazetteers.</summary>
    public static CountryResolver Shared { get; } = new(CountryGazetteer.Shared, FirstNameGazetteer.Shared);

    /// <summary>Resolves a span without context (only the gazetteer's own case rules apply).</summary>
    public CountryResolution? Resolve(string span) => span is null ? null : Resolve(span, 0, span.Length);

    /// <summary>
    /// Resolves <c>text[start..end)</c> in its context, or returns null when it names no country or body
    /// (or names a person, a U.S. state, a bird).
    /// </summary>
    public CountryResolution? Resolve(string text, int start, int end)
    {
        if (string.IsNullOrEmpty(text) || start < 0 || end > text.Length || start >= end)
        {
            return null;
        }
        var surface = text[start..end].Trim();
        if (surface.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            surface = surface[4..].TrimStart();
        }
        if (_gazetteer.Lookup(surface) is not { } hit)
        {
            return null;
        }
        if (hit.Kind == GazetteerKind.Organisation)
        {
            var org = _gazetteer.FindOrganisation(hit.Code)!;
            return new CountryResolution(org.Code, org.Name, hit.Kind);
        }
        if (LooksLikePerson(text, start, end, surface) || !FitsContext(hit.Code, text, start, end))
        {
            return null;
        }
        var country = _gazetteer.FindCountry(hit.Code)!;
        return new CountryResolution(country.Iso2, country.Name, hit.Kind);
    }

    private bool LooksLikePerson(string text, int start, int end, string surface)
    {
        var before = ContextWords.Before(text, start);
        if (Titles.Contains(before.ToString()))
        {
            return true;
        }
        var bare = ContextWords.StripPossessive(surface.AsSpan());
        var nameLike = _firstNames.IsFirstName(bare);
        if (!nameLike || surface.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }
        // "Michael Jordan": a given name right before a name-like country makes it a surname.
        if (_firstNames.IsFirstName(before) && !IsSentenceStart(text, start - before.Length - 1))
        {
            return true;
        }
        // "Chad Smith", "Jordan Peterson": a name-like country followed by a capitalised surname.
        if (bare.Length == surface.Length)
        {
            var after = ContextWords.After(text, end);
            if (ContextWords.IsCapitalised(after) && after.Length > 1 && char.IsLower(after[1])
                && !NonSurnames.Contains(after.ToString()) && _gazetteer.Lookup(after.ToString()) is null)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsSentenceStart(string text, int position)
    {
        var i = position;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }
        return i < 0 || text[i] is '.' or '!' or '?' or '"' or '\u201C' or ':' or '\n';
    }

    private static bool FitsContext(string iso2, string text, int start, int end)
    {
        switch (iso2)
        {
            case "GE":
                return !IsGeorgiaTheState(text, start, end);
            case "TR":
                // "a Turkish naval ship": only the name itself is ever the bird.
                return !text.AsSpan(start, end - start).Trim().StartsWith("turkey", StringComparison.OrdinalIgnoreCase) || !IsTurkeyTheBird(text, start, end);
            case "JO":
                return Score(text, start, end, JordanCountryCues) >= Score(text, start, end, JordanPersonCues);
            case "TD":
                return !ContextWords.Before(text, start).Equals("Lake", StringComparison.OrdinalIgnoreCase)
                    || Score(text, start, end, ChadCountryCues) > 0;
            default:
                return true;
        }
    }

    private static bool IsGeorgiaTheState(string text, int start, int end)
    {
        var before = ContextWords.Before(text, start, skipComma: true).ToString();
        var after = ContextWords.StripPossessive(ContextWords.After(text, end)).ToString();
        var countryCues = Score(text, start, end, GeorgiaCountryCues);
        if (GeorgiaStateNeighbours.Contains(before) || GeorgiaStateNeighbours.Contains(after))
        {
            // "Georgia's parliament" is the country, "Georgia's Senate race" the state; only a strong
            // country context overrides a state word right next to the name.
            return countryCues < 2;
        }
        if (before.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            var beforeOf = ContextWords.Before(text, ContextWords.StartOfWordBefore(text, start)).ToString();
            if (beforeOf.Equals("state", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return Score(text, start, end, GeorgiaStateCues) > countryCues;
    }

    private static bool IsTurkeyTheBird(string text, int start, int end)
    {
        var before = ContextWords.Before(text, start).ToString();
        var after = ContextWords.After(text, end).ToString();
        var countryCues = Score(text, start, end, TurkeyCountryCues);
        if (TurkeyBirdNeighbours.Contains(before) || TurkeyBirdNeighbours.Contains(after))
        {
            return countryCues < 2;
        }
        return Score(text, start, end, TurkeyBirdCues) > countryCues;
    }

    /// <summary>How many of the cue phrases occur near the span (outside the span itself).</summary>
    private static int Score(string text, int start, int end, string[] cues)
    {
        var from = Math.Max(0, start - CueRadius);
        var leftPart = text.AsSpan(from, start - from);
        var rightPart = text.AsSpan(end, Math.Min(text.Length, end + CueRadius) - end);
        var score = 0;
        foreach (var cue in cues)
        {
            if (leftPart.Contains(cue, StringComparison.Ordinal) || rightPart.Contains(cue, StringComparison.Ordinal))
            {
                score++;
            }
        }
        return score;
    }
}

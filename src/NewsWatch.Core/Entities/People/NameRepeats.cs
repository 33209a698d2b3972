using NewsWatch.Entities.Countries;
using NewsWatch.Entities.Model;
using NewsWatch.Entities.Tokens;

namespace NewsWatch.Entities.People;

/// <summary>
/// Document-level consistency for names: once a text has named a person, the same name, its surname alone
/// ("Carder" after "Angela Carder") or its known given name alone ("Angelo" after "Angelo Fresquet") is that person
/// wherever it stands as a run of capitalised words on its own, although the model, seeing one sentence at a time,
/// missed it there. A run must equal the form exactly ("Carder Foundation" is not "Carder"), apart from a capitalised
/// sentence opener before it ("After Carder"). Country names, titles, months and weekdays never become forms, and a
/// bare form the text itself shows to be a place or a thing ("from Harrison", "the Caloi 10") is not repeated.
/// Stateless and thread-safe.
/// </summary>
public sealed class NameRepeats
{
    private readonly FirstNameGazetteer _firstNames;
    private readonly CountryGazetteer _countries;

    public NameRepeats(FirstNameGazetteer firstNames, CountryGazetteer countries)
    {
        _firstNames = firstNames;
        _countries = countries;
    }

    /// <summary>The process-wide instance over the shared gazetteers.</summary>
    public static NameRepeats Shared { get; } = new(FirstNameGazetteer.Shared, CountryGazetteer.Shared);

    /// <summary>
    /// Token ranges [start, end) of further mentions of the <paramref name="people"/> (token ranges of PERSON spans),
    /// only over tokens where <paramref name="free"/> is true (no entity there yet).
    /// </summary>
    public List<(int Start, int End)> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<(int Start, int End)> people, ReadOnlySpan<bool> free)
    {
        var found = new List<(int, int)>();
        if (people.Count == 0)
        {
            return found;
        }

        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (start, end) in people)
        {
            AddForms(text, tokens, start, end, forms);
        }

        if (forms.Count == 0)
        {
            return found;
        }

        // Most capitalised runs end in a word no form ends in; testing that first, without allocating, keeps this cheap.
        var lastWords = new HashSet<string>(forms.Select(f => f[(f.LastIndexOf(' ') + 1)..]), StringComparer.OrdinalIgnoreCase);
        var lastWordLookup = lastWords.GetAlternateLookup<ReadOnlySpan<char>>();

        var candidates = new List<(int Start, int End, string Form)>();
        var headline = HeadlineTokens(text, tokens);
        var i = 0;
        while (i < tokens.Count)
        {
            if (!free[i] || !IsCapitalisedWord(text, tokens[i]))
            {
                i++;
                continue;
            }

            var j = i + 1;
            while (j < tokens.Count && j - i < 6 && free[j] && !GapBetween(text, tokens[j - 1], tokens[j]))
            {
                if (IsCapitalisedWord(text, tokens[j]))
                {
                    j++;
                }
                else if (j + 1 < tokens.Count && free[j + 1] && IsParticle(text, tokens[j]) && IsCapitalisedWord(text, tokens[j + 1]))
                {
                    j += 2;
                }
                else
                {
                    break;
                }
            }

            if (!headline[i] && !EndsLikeForm(text, tokens[j - 1], lastWordLookup))
            {
                i = j;
                continue;
            }

            var key = Key(text, tokens, i, j);
            if (forms.Contains(key))
            {
                candidates.Add((i, j, key));
            }
            else if (j - i > 1 && StartsSentence(text, tokens, i) && forms.Contains(key = Key(text, tokens, i + 1, j)))
            {
                candidates.Add((i + 1, j, key));
            }
            else if (j - i > 1 && headline[i])
            {
                // In a headline every word is capitalised ("Putin Will Go To War With NATO", "PUTIN VOWS ..."), so the
                // run says nothing about where a name ends: look for the known names inside it.
                FindInside(text, tokens, i, j, forms, lastWordLookup, candidates);
            }

            i = j;
        }

        // A form more than once after "in", "at", "from", "near", "the" or before a number names a place or a thing here.
        var thingLike = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (start, end, form) in candidates)
        {
            total[form] = total.GetValueOrDefault(form) + 1;
            if (LooksLikeThing(text, tokens, start, end))
            {
                thingLike[form] = thingLike.GetValueOrDefault(form) + 1;
            }
        }

        foreach (var (start, end, form) in candidates)
        {
            var things = thingLike.GetValueOrDefault(form);
            if (things < 2 || things * 3 < total[form])
            {
                found.Add((start, end));
            }
        }

        return found;
    }

    private static void FindInside(
        string text, IReadOnlyList<Token> tokens, int from, int to, HashSet<string> forms,
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lastWords, List<(int Start, int End, string Form)> candidates)
    {
        var k = from;
        while (k < to)
        {
            var matched = 0;
            for (var length = Math.Min(4, to - k); length >= 1 && matched == 0; length--)
            {
                if (!EndsLikeForm(text, tokens[k + length - 1], lastWords))
                {
                    continue;
                }

                var key = Key(text, tokens, k, k + length);
                if (forms.Contains(key))
                {
                    candidates.Add((k, k + length, key));
                    matched = length;
                }
            }

            k += Math.Max(1, matched);
        }
    }

    /// <summary>Per token: whether its line is written headline style (three or more words, at least 80% of them capitalised).</summary>
    private static bool[] HeadlineTokens(string text, IReadOnlyList<Token> tokens)
    {
        var result = new bool[tokens.Count];
        var lineStart = 0;
        for (var t = 0; t <= tokens.Count; t++)
        {
            if (t < tokens.Count && (t == 0 || !GapBetween(text, tokens[t - 1], tokens[t])))
            {
                continue;
            }

            int words = 0, capitalised = 0;
            for (var k = lineStart; k < t; k++)
            {
                if (tokens[k].Kind == TokenKind.Word)
                {
                    words++;
                    capitalised += char.IsUpper(text[tokens[k].Start]) ? 1 : 0;
                }
            }

            var headline = words >= 3 && capitalised >= 0.8 * words;
            Array.Fill(result, headline, lineStart, t - lineStart);
            lineStart = t;
        }

        return result;
    }

    private static bool EndsLikeForm(string text, Token token, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lastWords)
    {
        var word = token.Slice(text);
        return word.IndexOfAnyInRange('\u00C0', '\u024F') < 0 ? lastWords.Contains(word) : lastWords.Contains(Diacritics.Fold(word.ToString()));
    }

    private static bool LooksLikeThing(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        if (end < tokens.Count && tokens[end].Kind == TokenKind.Number && !GapBetween(text, tokens[end - 1], tokens[end]))
        {
            return true;
        }

        return start > 0 && tokens[start - 1].Slice(text) is "in" or "at" or "from" or "near" or "into" or "via" or "the" or "The";
    }

    private static bool IsParticle(string text, Token token) =>
        token.Slice(text) is "von" or "van" or "der" or "den" or "de" or "da" or "di" or "du" or "dos" or "das" or "del" or "della" or "la" or "le" or "bin" or "ibn" or "al" or "y" or "zu";

    private void AddForms(string text, IReadOnlyList<Token> tokens, int start, int end, HashSet<string> forms)
    {
        if (end <= start)
        {
            return;
        }

        forms.Add(Key(text, tokens, start, end));
        if (end - start < 2)
        {
            return;
        }

        var last = end - 1;
        var surname = tokens[last].Slice(text);
        if (surname is "Jr" or "Jr." or "Sr" or "Sr." or "II" or "III" or "IV" && last - 1 > start)
        {
            last--;
            surname = tokens[last].Slice(text);
        }

        if (CanStandAlone(surname))
        {
            forms.Add(Key(text, tokens, last, last + 1));
        }

        var given = tokens[start].Slice(text);
        if (_firstNames.IsFirstName(given) && CanStandAlone(given))
        {
            forms.Add(Key(text, tokens, start, start + 1));
        }
    }

    /// <summary>A capitalised word of two letters or more that is no title, month, weekday or country.</summary>
    private bool CanStandAlone(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]) || word[^1] == '.')
        {
            return false;
        }

        var key = word.ToString().ToLowerInvariant();
        return !WordLists.Titles.Contains(key) && !WordLists.Months.Contains(key) && !WordLists.Weekdays.Contains(key)
            && !WordLists.RelativeDays.Contains(key) && _countries.Lookup(word.ToString()) is null;
    }

    private static bool IsCapitalisedWord(string text, Token token) => token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]);

    private static bool GapBetween(string text, Token left, Token right) =>
        text.AsSpan(left.End, right.Start - left.End).IndexOfAny('\n', '\r') >= 0;

    /// <summary>First word of a sentence or line, where capitals say nothing.</summary>
    private static bool StartsSentence(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (i == 0 || GapBetween(text, tokens[i - 1], tokens[i]))
        {
            return true;
        }

        var previous = tokens[i - 1].Slice(text);
        return previous is "." or "!" or "?" or "\"" or "\u201C" or ":" or "(" or "\u2026";
    }

    private static string Key(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        var parts = new string[end - start];
        for (var k = start; k < end; k++)
        {
            parts[k - start] = Diacritics.Fold(tokens[k].Slice(text).ToString()).ToLowerInvariant();
        }

        return string.Join(' ', parts);
    }
}

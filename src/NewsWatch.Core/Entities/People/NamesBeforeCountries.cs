using NewsWatch.Entities.Countries;
using NewsWatch.Entities.Model;
using NewsWatch.Entities.Tokens;

namespace NewsWatch.Entities.People;

/// <summary>
/// Results tables and sports copy give a competitor's country in brackets after the name ("2. Ato Boldon ( Trinidad )
/// 10.01", "Greg Rusedski (Britain) beat ..."). Such lines are all names and numbers, so the model has no context to
/// go on and misses names it has never seen; the bracketed country is that context. Two or three capitalised name words
/// right before "(" + a country name + ")" are a person, unless a word of them is itself a country, every word is an
/// ordinary English word ("Pension Fund Trust (Norway)"), or the run is a non-person name. Stateless, so thread-safe.
/// </summary>
public sealed class NamesBeforeCountries(CountryGazetteer countries, NonPersonNames nonPersons, NameHints hints)
{
    private const int MaxNameWords = 3;

    private const int MaxCountryTokens = 4;

    public static NamesBeforeCountries Shared { get; } = new(CountryGazetteer.Shared, NonPersonNames.Shared, NameHints.Shared);

    /// <summary>Token ranges [start, end) of such names over tokens where <paramref name="free"/> is true.</summary>
    public List<(int Start, int End)> Find(string text, IReadOnlyList<Token> tokens, ReadOnlySpan<bool> free)
    {
        var found = new List<(int, int)>();
        for (var open = 2; open < tokens.Count; open++)
        {
            if (tokens[open].Slice(text) is not "(" || !IsCountryInBrackets(text, tokens, open))
            {
                continue;
            }

            var start = open;
            while (start > 0 && open - start < MaxNameWords && free[start - 1] && IsNameWord(text, tokens[start - 1]))
            {
                start--;
            }

            // The whole capitalised run, two words at least, and the same line as the bracket.
            if (open - start < 2 || start > 0 && free[start - 1] && IsNameWord(text, tokens[start - 1])
                || text.AsSpan(tokens[start].Start, tokens[open].Start - tokens[start].Start).IndexOfAny('\n', '\r') >= 0)
            {
                continue;
            }

            var isPlace = false;
            var ordinary = 0;
            for (var k = start; k < open && !isPlace; k++)
            {
                var word = tokens[k].Slice(text).ToString();
                isPlace = countries.Lookup(word) is not null;
                ordinary += hints.IsCommonWord(word.ToLowerInvariant()) ? 1 : 0;
            }

            if (!isPlace && ordinary < open - start && !nonPersons.IsNonPerson(text, tokens[start].Start, tokens[open - 1].End))
            {
                found.Add((start, open));
            }
        }

        return found;
    }

    private bool IsCountryInBrackets(string text, IReadOnlyList<Token> tokens, int open)
    {
        for (var close = open + 2; close < tokens.Count && close - open <= MaxCountryTokens + 1; close++)
        {
            if (tokens[close].Slice(text) is ")")
            {
                var inside = text[tokens[open + 1].Start..tokens[close - 1].End];
                return countries.Lookup(inside) is { Kind: GazetteerKind.CountryName };
            }
        }

        return false;
    }

    /// <summary>"Boldon", "Jean-Marie", an initial "J."; not a word in capitals or lower case.</summary>
    private static bool IsNameWord(string text, Token token)
    {
        var word = token.Slice(text);
        return token.Kind == TokenKind.Word && word.Length >= 2 && char.IsUpper(word[0])
            && (char.IsLower(word[^1]) || word.Length == 2 && word[1] == '.');
    }
}

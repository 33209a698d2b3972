using System.Collections.Frozen;
using System.Globalization;
using NewsWatch.Entities.Countries;
using NewsWatch.Entities.People;
using NewsWatch.Entities.Tokens;

namespace NewsWatch.Entities.Model;

/// <summary>
/// Marks each token of a sentence with its gazetteer and word-list hits (<see cref="LexiconHit"/>):
/// country names (multi-token, longest match), demonyms and first names from the country and
/// name gazetteers, and the closed lists of <see cref="WordLists"/>. Thread-safe.
/// </summary>
public sealed class TokenLexicon
{
    private const int MaxWord = 32;

    private static readonly (FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words, LexiconHit Hit)[] Lists =
    [
        (WordLists.Months.GetAlternateLookup<ReadOnlySpan<char>>(), LexiconHit.Month),
        (WordLists.Weekdays.GetAlternateLookup<ReadOnlySpan<char>>(), LexiconHit.Weekday),
        (WordLists.CurrencyWords.GetAlternateLookup<ReadOnlySpan<char>>(), LexiconHit.CurrencyWord),
        (WordLists.Titles.GetAlternateLookup<ReadOnlySpan<char>>(), LexiconHit.Title),
        (WordLists.Magnitudes.GetAlternateLookup<ReadOnlySpan<char>>(), LexiconHit.Magnitude),
        (WordLists.RelativeDays.GetAlternateLookup<ReadOnlySpan<char>>(), LexiconHit.RelativeDay),
        (WordLists.DateUnits.GetAlternateLookup<ReadOnlySpan<char>>(), LexiconHit.DateUnit),
        (WordLists.TimesOfDay.GetAlternateLookup<ReadOnlySpan<char>>(), LexiconHit.TimeOfDay),
    ];

    private readonly CountryGazetteer _countries;
    private readonly FirstNameGazetteer _firstNames;
    private readonly NameHints _hints;

    public TokenLexicon(CountryGazetteer countries, FirstNameGazetteer firstNames, NameHints? hints = null)
    {
        _countries = countries;
        _firstNames = firstNames;
        _hints = hints ?? NameHints.Shared;
    }

    public void Annotate(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<LexiconHit> hits)
    {
        Span<char> buffer = stackalloc char[MaxWord];
        var words = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            words[i] = text[tokens[i].Start..tokens[i].End].ToString();
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            var token = text[tokens[i].Start..tokens[i].End];
            var hit = LexiconHit.None;
            if (token.Length <= MaxWord)
            {
                var word = WordKey(token, buffer);
                foreach (var (list, listHit) in Lists)
                {
                    if (list.Contains(word))
                    {
                        hit |= listHit;
                    }
                }

                hit |= IsYear(token) ? LexiconHit.Year : LexiconHit.None;
                hit |= _hints.Hits(token, word);
            }

            if (token.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(token[^1]) == UnicodeCategory.CurrencySymbol)
            {
                hit |= LexiconHit.CurrencySymbol;
            }

            hits[i] = _firstNames.IsFirstName(token) ? hit | LexiconHit.FirstName : hit;
        }

        foreach (var match in _countries.MatchAll(words))
        {
            for (var k = match.Start; k < match.Start + match.Length; k++)
            {
                hits[k] |= match.Kind switch
                {
                    GazetteerKind.CountryName => k == match.Start ? LexiconHit.CountryStart : LexiconHit.CountryInside,
                    GazetteerKind.Demonym => LexiconHit.Demonym,
                    _ => LexiconHit.Organisation,
                };
            }
        }
    }

    /// <summary>The lower-case folded form without a trailing abbreviation dot: the key the word lists use.</summary>
    public static ReadOnlySpan<char> WordKey(ReadOnlySpan<char> token, Span<char> buffer)
    {
        var length = TokenForm.Lower(token, buffer);
        if (length > 1 && buffer[length - 1] == '.')
        {
            length--;
        }

        return buffer[..length];
    }

    /// <summary>1900–2099, or a decade of them ("1990s").</summary>
    private static bool IsYear(ReadOnlySpan<char> token)
    {
        var digits = token.Length == 5 && token[4] == 's' ? token[..4] : token;
        return digits.Length == 4 && (digits.StartsWith("19") || digits.StartsWith("20"))
            && char.IsAsciiDigit(digits[2]) && char.IsAsciiDigit(digits[3]);
    }
}

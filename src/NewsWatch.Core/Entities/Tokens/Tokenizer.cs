using System.Collections.Frozen;
using System.Globalization;

namespace NewsWatch.Entities.Tokens;

/// <summary>
/// Splits text into tokens with UTF-16 offsets, close to the Penn Treebank style the GMB corpus
/// uses (so the model sees at run time the tokens it was trained on): possessive and
/// contraction clitics split off ("Ukraine's" → "Ukraine" "'s"), abbreviations keep their dot
/// ("U.S.", "Mr."), numbers keep their separators ("1,000", "9–11", "25-year-old"), currency
/// signs stand alone. One pass, each character looked at a bounded number of times, so the
/// cost is linear in the text whatever it holds; white space, control and zero-width
/// characters only separate tokens.
/// </summary>
public static class Tokenizer
{
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "cpl", "pvt", "maj", "adm",
        "cmdr", "brig", "rep", "sen", "gov", "prof", "rev", "hon", "pres", "inc", "corp", "co", "ltd", "no", "vs",
        "etc", "mt", "ft", "jan", "feb", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "dept", "approx", "al");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<Token> tokens)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsSeparator(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsDigit(c))
            {
                i = ScanNumber(text, i);
                tokens.Add(new Token(start, i, TokenKind.Number));
            }
            else if (IsWordChar(text, i, out _))
            {
                i = ScanWord(text, i, out var kind);
                tokens.Add(new Token(start, i, kind));
            }
            else if (char.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol)
            {
                tokens.Add(new Token(start, ++i, TokenKind.Currency));
            }
            else if (IsApostrophe(c) && i > 0 && char.IsLetterOrDigit(text[i - 1]) && IsLetterAt(text, i + 1) && IsClitic(text, i + 1))
            {
                i++;
                while (IsLetterAt(text, i))
                {
                    i++;
                }

                tokens.Add(new Token(start, i, TokenKind.Word));
            }
            else if (c == '.' && i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.')
            {
                i += 3;
                tokens.Add(new Token(start, i, TokenKind.Punctuation));
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                tokens.Add(new Token(start, i, TokenKind.Punctuation));
            }
        }
    }

    /// <summary>Characters that never belong to a token: white space (NBSP included), controls, zero-width and other format characters.</summary>
    public static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format;

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013';

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    private static int ScanNumber(ReadOnlySpan<char> text, int i)
    {
        i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if (c is ',' or '.' or ':' or '/' && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else if (IsHyphen(c) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int ScanWord(ReadOnlySpan<char> text, int i, out TokenKind kind)
    {
        var start = i;
        while (i < text.Length)
        {
            if (IsWordChar(text, i, out var width))
            {
                i += width;
                continue;
            }

            var c = text[i];
            var next = i + 1 < text.Length ? i + 1 : -1;
            if (next < 0)
            {
                break;
            }

            if (IsHyphen(c) && IsWordChar(text, next, out _))
            {
                i++;
            }
            else if (IsApostrophe(c) && char.IsLetter(text[next]))
            {
                if (IsClitic(text, next))
                {
                    break;
                }

                if (text[next] is 't' or 'T' && i - 1 > start && text[i - 1] is 'n' or 'N' && !IsLetterAt(text, next + 1))
                {
                    // "don't" → "do" "n't", the corpus convention.
                    i--;
                    break;
                }

                i++;
            }
            else if (char.GetUnicodeCategory(c) == UnicodeCategory.Format && IsWordChar(text, next, out _))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        kind = TokenKind.Word;
        if (i >= text.Length)
        {
            return i;
        }

        var word = text[start..i];
        if (text[i] == '.')
        {
            if (word.Length == 1 && char.IsLetter(word[0]))
            {
                // Dotted acronyms and initials: U.S. / U.N. / a.m. / George W. Bush.
                i++;
                while (i + 1 < text.Length && char.IsLetter(text[i]) && text[i + 1] == '.')
                {
                    i += 2;
                }
            }
            else if (AbbreviationLookup.Contains(word))
            {
                i++;
            }
        }
        else if (word.Length <= 3 && IsAllUpper(word) && char.GetUnicodeCategory(text[i]) == UnicodeCategory.CurrencySymbol)
        {
            i++;
            kind = TokenKind.Currency;
        }

        return i;
    }

    /// <summary>'s 'S 'll 're 've 'd 'm followed by a non-letter: a clitic the corpus splits off.</summary>
    private static bool IsClitic(ReadOnlySpan<char> text, int letter)
    {
        var c = char.ToLowerInvariant(text[letter]);
        if (c is 's' or 'd' or 'm')
        {
            return !IsLetterAt(text, letter + 1);
        }

        if (c is 'l' or 'r' or 'v' && letter + 1 < text.Length)
        {
            var c2 = char.ToLowerInvariant(text[letter + 1]);
            var pair = (c == 'l' && c2 == 'l') || (c == 'r' && c2 == 'e') || (c == 'v' && c2 == 'e');
            return pair && !IsLetterAt(text, letter + 2);
        }

        return false;
    }

    private static bool IsLetterAt(ReadOnlySpan<char> text, int i) => i < text.Length && char.IsLetter(text[i]);

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    /// <summary>A letter, digit or combining mark (surrogate pairs decoded), and how many chars it takes.</summary>
    private static bool IsWordChar(ReadOnlySpan<char> text, int i, out int width)
    {
        var c = text[i];
        width = 1;
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                width = 2;
                var category = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[i + 1]));
                return IsWordCategory(category);
            }

            return false;
        }

        return char.IsLetterOrDigit(c) || IsWordCategory(char.GetUnicodeCategory(c));
    }

    private static bool IsWordCategory(UnicodeCategory category) => category is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}

using System.Collections.Frozen;
using NewsWatch.Entities.Tokens;

namespace NewsWatch.Entities.Tagging;

/// <summary>
/// Headlines and datelines in capitals ("BIDEN MEETS ZELENSKYY IN KYIV", "ABU DHABI (Reuters) -") are read the way their
/// title-cased form would be: the model learnt names from mixed-case text (and title-cased headlines), so in capitals every
/// word looks like an acronym. The copy has the same length and offsets as the text (one char for one char), so spans
/// found on it map back unchanged.
/// </summary>
internal static class CapitalsCase
{
    /// <summary>Capitals words that are acronyms, kept as written: title-casing them would make them unknown words.</summary>
    private static readonly FrozenSet<string> Acronyms = FrozenSet.Create(StringComparer.Ordinal,
        "US", "USA", "UK", "UN", "EU", "UAE", "NATO", "IMF", "OPEC", "ASEAN", "AU", "OSCE", "G7", "G20", "HIMARS", "ATACMS",
        "NASAMS", "THAAD", "ICBM", "AP", "AFP", "BBC", "CNN", "TV", "II", "III", "IV", "VI", "DC");

    /// <summary>
    /// The text with its capitals lines (two or more words, no lower-case letter) and capitals datelines (the capitals
    /// words opening a line before "(", ",", "-" or "—") title-cased, and per token whether it was; the text itself when
    /// there are none.
    /// </summary>
    public static string TitleCaseCapitals(string text, List<Token> tokens, out bool[]? converted)
    {
        converted = null;
        char[]? chars = null;
        var lineStart = 0;
        for (var t = 0; t <= tokens.Count; t++)
        {
            if (t < tokens.Count && (t == 0 || !NewLineBetween(text, tokens[t - 1], tokens[t])))
            {
                continue;
            }

            var end = CapitalsEnd(text, tokens, lineStart, t);
            if (end > lineStart)
            {
                chars ??= text.ToCharArray();
                converted ??= new bool[tokens.Count];
                for (var k = lineStart; k < end; k++)
                {
                    converted[k] = true;
                    TitleCaseWord(text, tokens[k], chars);
                }
            }

            lineStart = t;
        }

        return chars is null ? text : new string(chars);
    }

    /// <summary>
    /// The end of the capitals part of the line [<paramref name="from"/>, <paramref name="to"/>): the whole line when no
    /// word has a lower-case letter and two or more words have letters; else the leading capitals words when a dateline
    /// mark follows them; else <paramref name="from"/>.
    /// </summary>
    private static int CapitalsEnd(string text, List<Token> tokens, int from, int to)
    {
        int words = 0, k = from;
        for (; k < to; k++)
        {
            var word = text.AsSpan(tokens[k].Start, tokens[k].Length);
            if (word.IndexOfAnyInRange('a', 'z') >= 0 || HasLowerLetter(word))
            {
                break;
            }

            words += tokens[k].Kind == TokenKind.Word && word.Length >= 2 ? 1 : 0;
        }

        if (k == to)
        {
            return words >= 2 ? to : from;
        }

        // A dateline: "ABU DHABI (Reuters) -", "WASHINGTON, June 13 (AP) -", "KYIV —"; k is its first mixed-case token,
        // so the capitals part ends at the last word before the mark.
        var last = k;
        while (last > from && tokens[last - 1].Kind != TokenKind.Word)
        {
            last--;
        }

        var mark = last < to ? text[tokens[last].Start] : '\0';
        return words >= 1 && last > from && mark is '(' or ',' or '-' or '\u2014' or '\u2013' && HasDash(text, tokens, last, Math.Min(to, last + 10)) ? last : from;
    }

    /// <summary>A dash of its own among tokens [from, to): the dash that ends a dateline ("(Reuters) -").</summary>
    private static bool HasDash(string text, List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Length == 1 && text[tokens[k].Start] is '-' or '\u2014' or '\u2013')
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLowerLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"ZELENSKYY" → "Zelenskyy", "AL-ASSAD" → "Al-Assad", "O'BRIEN" → "O'Brien"; acronyms and words with digits or dots stay.</summary>
    private static void TitleCaseWord(string text, Token token, char[] chars)
    {
        var word = text.AsSpan(token.Start, token.Length);
        if (token.Kind != TokenKind.Word || word.Length < 2 || Acronyms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            || word.IndexOfAnyInRange('0', '9') >= 0 || word.Contains('.'))
        {
            return;
        }

        for (var i = 1; i < word.Length; i++)
        {
            var afterBreak = word[i - 1] is '-' or '\'' or '\u2019' && i >= 2 && word.Length - i >= 2;
            chars[token.Start + i] = afterBreak ? char.ToUpperInvariant(word[i]) : char.ToLowerInvariant(word[i]);
        }
    }

    private static bool NewLineBetween(string text, Token previous, Token next) =>
        text.AsSpan(previous.End, next.Start - previous.End).IndexOfAny('\n', '\r') >= 0;
}

using System.Globalization;

namespace NewsWatch.Entities;

/// <summary>
/// Splits text into numbers ("1,234.5", "12,34,567"), words, currency symbols, dashes and other punctuation,
/// splitting at every change of class, so "US$4.7bn" is US · $ · 4.7 · bn. One pass, linear in the text.
/// </summary>
internal static class ScanTokenizer
{
    public static List<ScanToken> Tokenize(string text)
    {
        var tokens = new List<ScanToken>(Math.Min(text.Length / 4 + 4, 1 << 16));
        var space = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsSpace(c))
            {
                space = true;
                i++;
                continue;
            }
            var start = i;
            ScanTokenKind kind;
            if (char.IsAsciiDigit(c))
            {
                kind = ScanTokenKind.Number;
                i = ScanNumber(text, i);
            }
            else if (IsLetter(c))
            {
                kind = ScanTokenKind.Word;
                i++;
                while (i < text.Length && IsLetter(text[i]))
                {
                    i++;
                }
            }
            else
            {
                kind = IsDash(c) ? ScanTokenKind.Dash
                    : CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol ? ScanTokenKind.Symbol
                    : ScanTokenKind.Punct;
                i += char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            }
            tokens.Add(new ScanToken(start, i, kind, space));
            space = false;
        }
        return tokens;
    }

    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '~';

    /// <summary>White space, including non-breaking and zero-width characters that pasted text is full of.</summary>
    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    private static bool IsLetter(char c)
    {
        if (char.IsLetter(c))
        {
            return true;
        }
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>Digits with inner group separators or a decimal point, each followed by a digit.</summary>
    private static int ScanNumber(string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        while (i + 1 < text.Length && text[i] is ',' or '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }
        return i;
    }
}

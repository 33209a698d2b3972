using System.Globalization;

namespace NewsWatch.Entities.Model;

/// <summary>
/// The normalised views of a token that features are built from: typographic variants folded
/// (curly quotes, dashes, zero-width characters), a lower-case form, and a word shape
/// ("Stoltenberg" → "Xx", "U.S." → "X.X.", "1,000" → "d,d").
/// </summary>
internal static class TokenForm
{
    /// <summary>The folded character, or '\0' for characters that carry nothing (format/zero-width).</summary>
    public static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201B' or '\u2032' or '\u02BC' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u00A0' => ' ',
        _ when c < '\u00AD' => c,
        _ when char.GetUnicodeCategory(c) == UnicodeCategory.Format => '\0',
        _ => c,
    };

    /// <summary>Writes the folded lower-case form into <paramref name="buffer"/> (truncated to its length); returns the length.</summary>
    public static int Lower(ReadOnlySpan<char> token, Span<char> buffer) => Folded(token, buffer, lower: true);

    /// <summary>Writes the folded form into <paramref name="buffer"/> (truncated to its length), lower-cased or as written; returns the length.</summary>
    public static int Folded(ReadOnlySpan<char> token, Span<char> buffer, bool lower)
    {
        var n = 0;
        foreach (var raw in token)
        {
            var c = Fold(raw);
            if (c == '\0')
            {
                continue;
            }

            if (n == buffer.Length)
            {
                break;
            }

            buffer[n++] = lower ? char.ToLowerInvariant(c) : c;
        }

        return n;
    }

    /// <summary>Digits as 0, so "2,500" and "1,000" (and "2024" and "1999") read as one word while shape and value stay apart.</summary>
    public static Span<char> DigitsAsZero(Span<char> chars)
    {
        for (var k = 0; k < chars.Length; k++)
        {
            if (chars[k] is > '0' and <= '9')
            {
                chars[k] = '0';
            }
        }

        return chars;
    }

    public static char ShapeOf(char c) =>
        char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;

    /// <summary>Hash of the collapsed shape (runs of one shape class counted once).</summary>
    public static uint ShapeHash(ReadOnlySpan<char> token)
    {
        var hash = FeatureHash.Seed;
        var last = '\0';
        foreach (var raw in token)
        {
            var c = Fold(raw);
            if (c == '\0')
            {
                continue;
            }

            var s = ShapeOf(c);
            if (s != last)
            {
                hash = FeatureHash.Add(hash, s);
                last = s;
            }
        }

        return hash;
    }
}

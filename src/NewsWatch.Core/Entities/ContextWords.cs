namespace NewsWatch.Entities;

/// <summary>
/// Cheap access to the words around a span, for the context rules of the normalisers.
/// A word is a run of letters, digits, apostrophes, hyphens and dots (so "U.S." and "Georgia's" are one word).
/// No allocation beyond the returned slices.
/// </summary>
internal static class ContextWords
{
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c is '\'' or '\u2019' or '-' or '.';

    /// <summary>The word that ends before <paramref name="position"/> (skipping white space and, when asked, commas), or empty.</summary>
    public static ReadOnlySpan<char> Before(string text, int position, bool skipComma = false)
    {
        var i = Math.Min(position, text.Length) - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || (skipComma && text[i] == ',')))
        {
            i--;
        }
        var end = i + 1;
        while (i >= 0 && IsWordChar(text[i]))
        {
            i--;
        }
        return WithoutFinalDot(text.AsSpan(i + 1, end - i - 1));
    }

    /// <summary>
    /// The word that starts after <paramref name="position"/> (skipping white space, and a possessive "'s" attached
    /// to the word that ends there: after "Georgia" in "Georgia's Senate" comes "Senate"), or empty.
    /// </summary>
    public static ReadOnlySpan<char> After(string text, int position)
    {
        var i = Math.Max(position, 0);
        if (i + 1 < text.Length && text[i] is '\'' or '\u2019' && text[i + 1] is 's' or 'S'
            && (i + 2 == text.Length || !IsWordChar(text[i + 2])))
        {
            i += 2;
        }
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        var start = i;
        while (i < text.Length && IsWordChar(text[i]))
        {
            i++;
        }
        return WithoutFinalDot(text.AsSpan(start, i - start));
    }

    /// <summary>Start of the word that ends before <paramref name="position"/>, for walking further back.</summary>
    public static int StartOfWordBefore(string text, int position)
    {
        var i = Math.Min(position, text.Length) - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }
        while (i >= 0 && IsWordChar(text[i]))
        {
            i--;
        }
        return i + 1;
    }

    public static bool IsCapitalised(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    public static bool IsAllLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Strips a possessive "'s" / "’s" / trailing apostrophe.</summary>
    public static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && (word[^1] == 's' || word[^1] == 'S') && word[^2] is '\'' or '\u2019')
        {
            return word[..^2];
        }
        return word.Length > 1 && word[^1] is '\'' or '\u2019' ? word[..^1] : word;
    }

    /// <summary>
    /// A final full stop is dropped ("Gov." and "said." compare as "Gov" and "said"), but the dots of
    /// an initialism such as "U.S." are kept.
    /// </summary>
    private static ReadOnlySpan<char> WithoutFinalDot(ReadOnlySpan<char> word) =>
        word.Length > 1 && word[^1] == '.' && word[..^1].IndexOf('.') < 0 ? word[..^1] : word;
}

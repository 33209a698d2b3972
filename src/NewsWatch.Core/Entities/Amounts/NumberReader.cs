using System.Globalization;

namespace NewsWatch.Entities.Amounts;

/// <summary>
/// Reads numbers in the forms money is written in: digits with group separators (including Indian 12,34,567),
/// decimals, glued or spaced multipliers ("1.5bn", "500m", "40 billion", "500 crore", "1 lakh crore") and English
/// number words ("five million", "a billion", "forty-five", "two hundred and fifty", "half a million",
/// "three quarters billion").
/// </summary>
internal static class NumberReader
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>Multipliers written as words, spaced or glued to the number.</summary>
    private static readonly Dictionary<string, decimal> Multipliers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3m, ["million"] = 1e6m, ["billion"] = 1e9m, ["trillion"] = 1e12m,
        ["bn"] = 1e9m, ["bln"] = 1e9m, ["mn"] = 1e6m, ["mln"] = 1e6m, ["mio"] = 1e6m, ["mil"] = 1e6m, ["tn"] = 1e12m,
        ["trn"] = 1e12m, ["crore"] = 1e7m, ["crores"] = 1e7m, ["cr"] = 1e7m, ["lakh"] = 1e5m, ["lakhs"] = 1e5m,
        ["lac"] = 1e5m, ["lacs"] = 1e5m,
    };

    /// <summary>One-letter multipliers, only when glued to the digits ("500m", "$5b", "10k").</summary>
    private static readonly Dictionary<string, decimal> GluedMultipliers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["k"] = 1e3m, ["m"] = 1e6m, ["b"] = 1e9m, ["bn"] = 1e9m, ["mn"] = 1e6m, ["tn"] = 1e12m, ["t"] = 1e12m,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> UnitLookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> TensLookup = Tens.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> MultiplierLookup = Multipliers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> GluedLookup = GluedMultipliers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the word is a multiplier that may stand apart from its number ("million", "bn", "crore").</summary>
    public static bool IsMultiplier(ReadOnlySpan<char> word) => MultiplierLookup.ContainsKey(word);

    /// <summary>The value of a spaced multiplier word, or null.</summary>
    public static decimal? MultiplierOf(ReadOnlySpan<char> word) => MultiplierLookup.TryGetValue(word, out var m) ? m : null;

    /// <summary>Reads a number (digits or words, with multipliers) starting at token <paramref name="index"/>.</summary>
    public static ParsedNumber? Read(string text, List<ScanToken> tokens, int index)
    {
        if (index >= tokens.Count)
        {
            return null;
        }
        var token = tokens[index];
        decimal bare;
        int next;
        bool whole;
        if (token.Kind == ScanTokenKind.Number)
        {
            if (ParseDigits(text.AsSpan(token.Start, token.Length)) is not { } digits)
            {
                return null;
            }
            bare = digits;
            whole = decimal.Truncate(digits) == digits && !text.AsSpan(token.Start, token.Length).Contains('.');
            next = index + 1;
        }
        else if (token.Kind == ScanTokenKind.Word && ReadWords(text, tokens, index) is { } words)
        {
            (bare, next, var wordMultiplier) = words;
            if (wordMultiplier != 1m)
            {
                return WithMultipliers(text, tokens, index, next, bare, wordMultiplier, decimal.Truncate(bare) == bare);
            }
            whole = decimal.Truncate(bare) == bare;
        }
        else
        {
            return null;
        }
        return WithMultipliers(text, tokens, index, next, bare, 1m, whole);
    }

    private static ParsedNumber WithMultipliers(string text, List<ScanToken> tokens, int first, int next, decimal bare, decimal multiplier, bool whole)
    {
        // Amounts beyond a quadrillion are noise (or overflow decimal); stop multiplying there.
        while (next < tokens.Count && tokens[next].Kind is ScanTokenKind.Word or ScanTokenKind.Dash
               && (double)bare * (double)multiplier < 1e15)
        {
            var t = tokens[next];
            // "a $1.5-billion package": a multiplier hyphenated to its number.
            if (t.Kind == ScanTokenKind.Dash)
            {
                if (t.SpaceBefore || next + 1 >= tokens.Count || tokens[next + 1].SpaceBefore
                    || !MultiplierLookup.TryGetValue(Span(text, tokens[next + 1]), out var hyphenated))
                {
                    break;
                }
                multiplier *= hyphenated;
                next += 2;
                continue;
            }
            var word = Span(text, t);
            if (!t.SpaceBefore && GluedLookup.TryGetValue(word, out var glued))
            {
                multiplier *= glued;
            }
            else if (MultiplierLookup.TryGetValue(word, out var spaced) && !IsSingleLetter(word))
            {
                multiplier *= spaced;
            }
            else
            {
                break;
            }
            next++;
        }
        return new ParsedNumber(first, next, bare * multiplier, bare, multiplier, whole && multiplier == 1m);
    }

    /// <summary>
    /// English number words. Returns the value, the next token, and any multiplier met inside the words
    /// ("five million" is 5 with multiplier 1,000,000; "two hundred" is 200 with none).
    /// </summary>
    private static (decimal Value, int Next, decimal Multiplier)? ReadWords(string text, List<ScanToken> tokens, int index)
    {
        decimal current = 0;
        var any = false;
        var i = index;
        var lastWasTens = false;
        decimal fraction = 0;
        while (i < tokens.Count)
        {
            var t = tokens[i];
            if (t.Kind == ScanTokenKind.Dash && lastWasTens && i + 1 < tokens.Count && UnitLookup.ContainsKey(Span(text, tokens[i + 1])))
            {
                i++;
                continue;
            }
            // "one and a half billion", "two-and-a-half million", "two and a quarter billion": the whole number so far plus a fraction.
            if (any && fraction == 0 && current > 0 && AndAFraction(text, tokens, t.Kind == ScanTokenKind.Dash && IsGlued(tokens, i) ? i + 1 : i) is var (afterHalf, part))
            {
                fraction = current + part;
                current = 0;
                i = afterHalf;
                continue;
            }
            if (t.Kind != ScanTokenKind.Word)
            {
                break;
            }
            var word = Span(text, t);
            if (!any && (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)))
            {
                // "a billion", "a quarter million", "a hundred": the article counts as one only before such words.
                if (i + 1 >= tokens.Count || !StartsScaleOrFraction(Span(text, tokens[i + 1])))
                {
                    return null;
                }
                current = 1;
                any = true;
                i++;
                continue;
            }
            if (word.Equals("half", StringComparison.OrdinalIgnoreCase) && fraction == 0 && (!any || current == 1))
            {
                fraction = 0.5m;
                any = true;
                current = 0;
                i++;
                // "half a billion"
                if (i < tokens.Count && Span(text, tokens[i]).Equals("a", StringComparison.OrdinalIgnoreCase))
                {
                    i++;
                }
                continue;
            }
            if ((word.Equals("quarter", StringComparison.OrdinalIgnoreCase) || word.Equals("quarters", StringComparison.OrdinalIgnoreCase)) && fraction == 0)
            {
                fraction = (current == 0 ? 1 : current) * 0.25m;
                current = 0;
                any = true;
                i++;
                // "a quarter of a million", "three quarters of a billion": the "of a" before the scale word.
                if (i + 1 < tokens.Count && Span(text, tokens[i]).Equals("of", StringComparison.OrdinalIgnoreCase)
                    && (Span(text, tokens[i + 1]).Equals("a", StringComparison.OrdinalIgnoreCase) || Span(text, tokens[i + 1]).Equals("an", StringComparison.OrdinalIgnoreCase)))
                {
                    i += 2;
                }
                continue;
            }
            if (UnitLookup.TryGetValue(word, out var unit) && fraction == 0)
            {
                if (any && !lastWasTens && current % 100 != 0)
                {
                    break;
                }
                current += unit;
                any = true;
                lastWasTens = false;
                i++;
                continue;
            }
            if (TensLookup.TryGetValue(word, out var tens) && fraction == 0)
            {
                if (any && current % 100 != 0)
                {
                    break;
                }
                current += tens;
                any = true;
                lastWasTens = true;
                i++;
                continue;
            }
            if (word.Equals("hundred", StringComparison.OrdinalIgnoreCase) && any && fraction == 0 && current < 100)
            {
                current = (current == 0 ? 1 : current) * 100;
                lastWasTens = false;
                i++;
                // "two hundred and fifty"
                if (i + 1 < tokens.Count && Span(text, tokens[i]).Equals("and", StringComparison.OrdinalIgnoreCase)
                    && (UnitLookup.ContainsKey(Span(text, tokens[i + 1])) || TensLookup.ContainsKey(Span(text, tokens[i + 1]))))
                {
                    i++;
                }
                continue;
            }
            break;
        }
        if (!any)
        {
            return null;
        }
        if (fraction != 0)
        {
            // A fraction is only an amount with a multiplier after it ("half million", "three quarters billion").
            if (i >= tokens.Count || MultiplierOf(Span(text, tokens[i])) is not { } scale)
            {
                return null;
            }
            return (fraction, i + 1, scale);
        }
        return (current, i, 1m);
    }

    /// <summary>
    /// The token after "and a half" / "and one half" / "and a quarter" / "and three quarters" starting at the "and" at
    /// <paramref name="i"/>, with the words spaced or all hyphenated ("-and-a-half"), and the fraction; null for anything else.
    /// </summary>
    private static (int Next, decimal Fraction)? AndAFraction(string text, List<ScanToken> tokens, int i)
    {
        var hyphenated = i > 0 && tokens[i - 1].Kind == ScanTokenKind.Dash;
        if (i >= tokens.Count || tokens[i].Kind != ScanTokenKind.Word || !Span(text, tokens[i]).Equals("and", StringComparison.OrdinalIgnoreCase)
            || WordAfter(tokens, i, hyphenated) is not { } article
            || WordAfter(tokens, article, hyphenated) is not { } part)
        {
            return null;
        }

        var count = Span(text, tokens[article]);
        var one = count.Equals("a", StringComparison.OrdinalIgnoreCase) || count.Equals("one", StringComparison.OrdinalIgnoreCase);
        var three = count.Equals("three", StringComparison.OrdinalIgnoreCase);
        var word = Span(text, tokens[part]);
        decimal? fraction = one && word.Equals("half", StringComparison.OrdinalIgnoreCase) ? 0.5m
            : one && word.Equals("quarter", StringComparison.OrdinalIgnoreCase) ? 0.25m
            : three && word.Equals("quarters", StringComparison.OrdinalIgnoreCase) ? 0.75m
            : null;
        return fraction is { } f ? (part + 1, f) : null;
    }

    /// <summary>The index of the word after token <paramref name="i"/>, across a glued hyphen when <paramref name="hyphenated"/>.</summary>
    private static int? WordAfter(List<ScanToken> tokens, int i, bool hyphenated)
    {
        var k = i + 1;
        if (hyphenated)
        {
            if (k >= tokens.Count || tokens[k].Kind != ScanTokenKind.Dash || !IsGlued(tokens, k))
            {
                return null;
            }
            k++;
        }
        return k < tokens.Count && tokens[k].Kind == ScanTokenKind.Word ? k : null;
    }

    private static bool IsGlued(List<ScanToken> tokens, int i) => !tokens[i].SpaceBefore && i + 1 < tokens.Count && !tokens[i + 1].SpaceBefore;

    private static bool StartsScaleOrFraction(ReadOnlySpan<char> word) =>
        IsMultiplier(word) || word.Equals("hundred", StringComparison.OrdinalIgnoreCase)
        || word.Equals("quarter", StringComparison.OrdinalIgnoreCase) || word.Equals("half", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "1,234.56", "12,34,567.89", "1.234.567" (dots as group separators when there are several), "4.7".
    /// Null for shapes that are no single number ("1,2" or "3,45").
    /// </summary>
    internal static decimal? ParseDigits(ReadOnlySpan<char> s)
    {
        var commas = s.Count(',');
        var dots = s.Count('.');
        if (dots > 1 && commas == 0)
        {
            // European grouping: every group after the first has three digits.
            return GroupsValid(s, '.') ? ParseInvariant(s, '.') : null;
        }
        if (dots > 1)
        {
            return null;
        }
        if (commas > 0)
        {
            var integerPart = dots == 1 ? s[..s.IndexOf('.')] : s;
            if (!GroupsValid(integerPart, ','))
            {
                return null;
            }
            return ParseInvariant(s, ',');
        }
        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    /// <summary>Groups after the first: three digits, or the Indian two-digit groups followed by a last group of three.</summary>
    private static bool GroupsValid(ReadOnlySpan<char> integerPart, char separator)
    {
        var sawTwo = false;
        var rest = integerPart;
        var first = rest.IndexOf(separator);
        if (first is < 1 or > 3)
        {
            return false;
        }
        rest = rest[(first + 1)..];
        while (true)
        {
            var next = rest.IndexOf(separator);
            var group = next < 0 ? rest : rest[..next];
            if (next < 0)
            {
                return group.Length == 3;
            }
            if (group.Length == 2)
            {
                sawTwo = true;
            }
            else if (group.Length != 3 || sawTwo)
            {
                return false;
            }
            rest = rest[(next + 1)..];
        }
    }

    private static decimal? ParseInvariant(ReadOnlySpan<char> s, char groupSeparator)
    {
        Span<char> buffer = s.Length <= 64 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        foreach (var c in s)
        {
            if (c != groupSeparator)
            {
                buffer[n++] = c;
            }
        }
        return decimal.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    private static bool IsSingleLetter(ReadOnlySpan<char> word) => word.Length == 1;

    private static ReadOnlySpan<char> Span(string text, ScanToken token) => text.AsSpan(token.Start, token.Length);
}

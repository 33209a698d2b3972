namespace NewsWatch.Entities.Dates;

/// <summary>Decades and centuries: "the 1990s", "the early '80s", "the nineties", "the next two decades", "the 20th century".</summary>
internal sealed partial class DateParser
{
    private static readonly Dictionary<string, int> DecadeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenties"] = 20, ["thirties"] = 30, ["forties"] = 40, ["fifties"] = 50, ["sixties"] = 60, ["seventies"] = 70,
        ["eighties"] = 80, ["nineties"] = 90,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> DecadeWordLookup = DecadeWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The words that may start an era, for <see cref="DateWords.Starters"/>.</summary>
    public static IEnumerable<string> EraStarters => DecadeWords.Keys;

    private Piece? Era(int i)
    {
        var j = Is(i, "the") ? i + 1 : i;
        var hasThe = j > i;
        // "the early 1980s", "the mid-1990s": the decade itself (TIMEX3 has no finer value for them).
        if (Is(j, "early") || Is(j, "mid") || Is(j, "late"))
        {
            j++;
            if (IsGluedDash(j))
            {
                j++;
            }
        }
        if (Decade(j, hasThe || j > i || (i > 0 && Is(i - 1, "in"))) is var (decade, afterDecade))
        {
            return new Piece(i, afterDecade, null, DateValue.Decade(decade));
        }
        if (Century(j) is var (century, afterCentury))
        {
            return new Piece(i, afterCentury, null, century);
        }
        return j == i || hasThe ? RelativeDecades(i, hasThe ? i + 1 : i) : null;
    }

    /// <summary>"1990s", "1990 s", "'90s", "90s" and "nineties" (after "the" or "in"; "in their 50s" is an age).</summary>
    private (int Year, int Next)? Decade(int j, bool led)
    {
        if (j >= Count)
        {
            return null;
        }
        if (DecadeWordLookup.TryGetValue(Word(j), out var word))
        {
            return led ? (LatestCenturyOf(word), j + 1) : null;
        }
        if (_tokens[j].Kind != ScanTokenKind.Number || !Is(j + 1, "s") || (_tokens[j + 1].SpaceBefore && !EndsPhrase(j + 2)))
        {
            return null;
        }
        var digits = Word(j, any: true);
        if (digits.Length == 4 && int.TryParse(digits, out var year) && year % 10 == 0 && year is >= 1000 and <= 2990)
        {
            return (year, j + 2);
        }
        var apostrophe = j > 0 && _tokens[j - 1].Kind == ScanTokenKind.Punct && _text[_tokens[j - 1].Start] is '\'' or '’';
        if (digits.Length == 2 && int.TryParse(digits, out var yy) && yy % 10 == 0 && (led || apostrophe))
        {
            return (LatestCenturyOf(yy), j + 2);
        }
        return null;
    }

    /// <summary>The latest year ending in <paramref name="twoDigits"/> whose decade has begun by the reference: "the 90s" is the 1990s.</summary>
    private int LatestCenturyOf(int twoDigits)
    {
        var year = _reference.Year / 100 * 100 + twoDigits;
        return year > _reference.Year ? year - 100 : year;
    }

    /// <summary>"15th century", "the twentieth century": TIMEX3 names it by its first two digits (the 20th is "19").</summary>
    private (DateValue Value, int Next)? Century(int j)
    {
        int n;
        int next;
        if (DateWords.OrdinalsLookup.TryGetValue(Word(j), out var word))
        {
            (n, next) = (word, j + 1);
        }
        else if (j + 1 < Count && _tokens[j].Kind == ScanTokenKind.Number && !_tokens[j + 1].SpaceBefore
                 && DateWords.SuffixesLookup.Contains(Word(j + 1)) && int.TryParse(Word(j, any: true), out var digits))
        {
            (n, next) = (digits, j + 2);
        }
        else
        {
            return null;
        }
        // The first century would start in year 0, which DateOnly cannot hold; news hardly dates anything by it.
        return Is(next, "century") && n is >= 2 and <= 30 ? (DateValue.Century((n - 1) * 100), next + 1) : null;
    }

    /// <summary>"the next decade", "the last decade", "the next two decades" (a range of decades).</summary>
    private Piece? RelativeDecades(int first, int j)
    {
        var shift = Is(j, "next") || Is(j, "coming") ? 1 : Is(j, "last") || Is(j, "past") || Is(j, "previous") ? -1 : 0;
        if (shift == 0)
        {
            return null;
        }
        var current = _reference.Year / 10 * 10;
        if (Is(j + 1, "decade"))
        {
            return new Piece(first, j + 2, null, DateValue.Decade(current + 10 * shift));
        }
        if (CountAt(j + 1) is var (n, afterCount) && n is >= 2 and <= 10 && Is(afterCount, "decades"))
        {
            var (low, high) = shift > 0 ? (current + 10, current + 10 * n) : (current - 10 * n, current - 10);
            return new Piece(first, afterCount + 1, null, DateValue.Decade(low), High: DateValue.Decade(high), Duration: true);
        }
        return null;
    }
}

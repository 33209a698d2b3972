namespace NewsWatch.Entities.Amounts;

/// <summary>
/// Reads the words around an amount that change what it means without being part of it: a bound before it
/// ("more than $2 billion", "up to $300 million") and a period after it ("$4.99 per month", "$1.99/week").
/// </summary>
internal static class AmountContext
{
    private static readonly (string[] Words, MoneyQualifier Qualifier)[] Bounds =
    [
        (["more", "than"], MoneyQualifier.AtLeast), (["at", "least"], MoneyQualifier.AtLeast),
        (["in", "excess", "of"], MoneyQualifier.AtLeast), (["upwards", "of"], MoneyQualifier.AtLeast),
        (["over"], MoneyQualifier.AtLeast),
        (["up", "to"], MoneyQualifier.AtMost), (["as", "much", "as"], MoneyQualifier.AtMost),
        (["less", "than"], MoneyQualifier.AtMost), (["at", "most"], MoneyQualifier.AtMost),
        (["under"], MoneyQualifier.AtMost),
        (["about"], MoneyQualifier.About), (["around"], MoneyQualifier.About), (["approximately"], MoneyQualifier.About),
        (["roughly"], MoneyQualifier.About), (["nearly"], MoneyQualifier.About), (["almost"], MoneyQualifier.About),
        (["some"], MoneyQualifier.About),
    ];

    /// <summary>Verbs whose particle "over" is no bound: "handed over $2 billion".</summary>
    private static readonly HashSet<string> OverParticleVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "took", "take", "takes", "taking",
        "sign", "signs", "signed", "signing", "pass", "passes", "passed", "passing", "paid", "pay", "pays", "fork", "forked",
    };

    private static readonly Dictionary<string, string> Periods = new(StringComparer.OrdinalIgnoreCase)
    {
        ["day"] = "day", ["week"] = "week", ["wk"] = "week", ["month"] = "month", ["mo"] = "month", ["year"] = "year",
        ["yr"] = "year", ["annum"] = "year", ["quarter"] = "quarter",
    };

    /// <summary>Words after "a year" that make it a time, not a rate: "$2 billion a year ago".</summary>
    private static readonly HashSet<string> NotRateAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "ago", "earlier", "later", "before", "after", "since",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OverParticleVerbLookup = OverParticleVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PeriodLookup = Periods.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotRateAfterLookup = NotRateAfter.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The bound the words right before token <paramref name="first"/> put on the amount that starts there.</summary>
    public static MoneyQualifier QualifierBefore(string text, List<ScanToken> tokens, int first)
    {
        foreach (var (words, qualifier) in Bounds)
        {
            var start = first - words.Length;
            if (start < 0 || !WordsAt(text, tokens, start, words))
            {
                continue;
            }
            // "no more than" caps the amount; "handed over" is a verb with its particle.
            if (words[0] == "more" && start > 0 && Word(text, tokens, start - 1).Equals("no", StringComparison.OrdinalIgnoreCase))
            {
                return MoneyQualifier.AtMost;
            }
            if (words[0] == "over" && start > 0 && OverParticleVerbLookup.Contains(Word(text, tokens, start - 1)))
            {
                return MoneyQualifier.None;
            }
            return qualifier;
        }
        return MoneyQualifier.None;
    }

    /// <summary>"/week", "per month", "a year", "each month" right after the amount: the period of a rate, or null.</summary>
    public static string? PeriodAfter(string text, List<ScanToken> tokens, int next)
    {
        if (next + 1 >= tokens.Count)
        {
            return null;
        }
        var lead = tokens[next];
        var isSlash = lead.Kind == ScanTokenKind.Punct && text[lead.Start] == '/';
        var leadWord = Word(text, tokens, next);
        var isPer = leadWord.Equals("per", StringComparison.OrdinalIgnoreCase) || leadWord.Equals("a", StringComparison.OrdinalIgnoreCase)
            || leadWord.Equals("an", StringComparison.OrdinalIgnoreCase) || leadWord.Equals("each", StringComparison.OrdinalIgnoreCase)
            || leadWord.Equals("every", StringComparison.OrdinalIgnoreCase);
        if (!isSlash && !isPer)
        {
            return null;
        }
        if (!PeriodLookup.TryGetValue(Word(text, tokens, next + 1), out var period))
        {
            return null;
        }
        return NotRateAfterLookup.Contains(Word(text, tokens, next + 2)) ? null : period;
    }

    private static bool WordsAt(string text, List<ScanToken> tokens, int start, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (!Word(text, tokens, start + k).Equals(words[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }

    private static ReadOnlySpan<char> Word(string text, List<ScanToken> tokens, int i) =>
        i >= 0 && i < tokens.Count && tokens[i].Kind == ScanTokenKind.Word ? text.AsSpan(tokens[i].Start, tokens[i].Length) : [];
}

namespace NewsWatch.Entities.Amounts;

/// <summary>
/// Finds money amounts in text and resolves them to an amount and an ISO 4217 currency: "$40 billion",
/// "US$4.7 billion", "€1.5bn", "500m euros", "£200 million", "C$500 million", "1.2 trillion yen", "Rs 500 crore",
/// "USD 40,000,000,000", "$ 75 million", "five million dollars", ranges ("$10-$20 million", "$10 to $20 million")
/// and dollars-and-cents ("3 dollars 50 cents"). Percentages, distances, counts and years are not amounts, nor is a
/// currency with no number. Works on lower-cased and tokenised text too. Linear in the text; stateless and thread-safe.
/// </summary>
/// <remarks>
/// A bare "$" is read as USD, "¥" as JPY, "francs" as CHF and "pounds" as GBP; a qualifier picks another
/// ("C$", "HK$", "Swiss francs", "French francs", "Egyptian pounds").
/// </remarks>
public sealed class MoneyRecognizer
{
    private readonly CurrencyLexicon _lexicon;

    private MoneyRecognizer(CurrencyLexicon lexicon) => _lexicon = lexicon;

    /// <summary>The process-wide instance over the built-in currency tables.</summary>
    public static MoneyRecognizer Shared { get; } = new(CurrencyLexicon.Shared);

    /// <summary>All money mentions in <paramref name="text"/>, left to right, not overlapping.</summary>
    public IReadOnlyList<MoneyMention> Recognize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }
        var tokens = ScanTokenizer.Tokenize(text);
        List<MoneyMention>? found = null;
        // The currency of the last amount in the current sentence, for an elliptic "and Germany 3.5bn".
        string? sentenceIso = null;
        var i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].Kind is ScanTokenKind.Word or ScanTokenKind.Number or ScanTokenKind.Symbol
                && (MatchCurrencyFirst(text, tokens, i) ?? MatchNumberFirst(text, tokens, i) ?? MatchElliptic(text, tokens, i, sentenceIso)) is { } match)
            {
                var start = tokens[i].Start;
                var end = tokens[match.Next - 1].End;
                (found ??= []).Add(new MoneyMention(start, end, text[start..end], match.Amount, match.High, match.Iso)
                {
                    Qualifier = AmountContext.QualifierBefore(text, tokens, i),
                    Per = AmountContext.PeriodAfter(text, tokens, match.Next),
                });
                sentenceIso = match.Iso;
                i = match.Next;
            }
            else
            {
                if (tokens[i].Kind == ScanTokenKind.Punct && text[tokens[i].Start] is '.' or '!' or '?' or ';')
                {
                    sentenceIso = null;
                }
                i++;
            }
        }
        return found ?? (IReadOnlyList<MoneyMention>)[];
    }

    /// <summary>
    /// "Britain pledged £2bn and Germany 3.5bn": a number with a glued money abbreviation (bn, mn, tn) and no
    /// currency of its own takes the currency of the amount before it in the sentence. Not "m" or "b", which
    /// are as often metres or bytes.
    /// </summary>
    private static Match? MatchElliptic(string text, List<ScanToken> tokens, int i, string? sentenceIso)
    {
        if (sentenceIso is null || tokens[i].Kind != ScanTokenKind.Number || i + 1 >= tokens.Count
            || tokens[i + 1].SpaceBefore || !IsMoneyAbbreviation(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length))
            || NumberReader.Read(text, tokens, i) is not { HasMultiplier: true } number)
        {
            return null;
        }
        return IsPercent(text, tokens, number.Next) ? null : new Match(number.Next, number.Value, null, sentenceIso);
    }

    /// <summary>
    /// "paid us $57 billion": a lower-case "us" before a dollar sign is the pronoun in text that uses capitals. Only text
    /// written all in lower case (as some corpora are: "a us $ 150 million loan") writes the currency prefix that way.
    /// </summary>
    private static bool IsPronounUs(string text, ScanToken token)
    {
        if (!text.AsSpan(token.Start, token.Length).SequenceEqual("us"))
        {
            return false;
        }

        var from = Math.Max(0, token.Start - PronounContextChars);
        var to = Math.Min(text.Length, token.Start + PronounContextChars);
        return text.AsSpan(from, to - from).IndexOfAnyInRange('A', 'Z') >= 0;
    }

    /// <summary>How much text around a lower-case "us" is searched for capitals.</summary>
    private const int PronounContextChars = 200;

    private static bool IsMoneyAbbreviation(ReadOnlySpan<char> word) =>
        word.Equals("bn", StringComparison.OrdinalIgnoreCase) || word.Equals("bln", StringComparison.OrdinalIgnoreCase)
        || word.Equals("mn", StringComparison.OrdinalIgnoreCase) || word.Equals("mln", StringComparison.OrdinalIgnoreCase)
        || word.Equals("tn", StringComparison.OrdinalIgnoreCase) || word.Equals("trn", StringComparison.OrdinalIgnoreCase);

    /// <summary>"$5", "US$ 4.7 billion", "EUR 125", "Rs 500 crore", "MAUD 60", "dollar 22.5 million".</summary>
    private Match? MatchCurrencyFirst(string text, List<ScanToken> tokens, int i)
    {
        if (_lexicon.Match(text, tokens, i, beforeNumber: true) is not var (unit, length)
            || NumberReader.Read(text, tokens, i + length) is not { } number
            || IsPronounUs(text, tokens[i]))
        {
            return null;
        }
        if (!unit.BeforeNumber && !number.HasMultiplier)
        {
            return null;
        }
        var (low, high, next) = ReadRange(text, tokens, i, number, unit);
        // "$ 10 dollars", "US$ 5 million dollars": a currency word repeating the symbol.
        if (_lexicon.Match(text, tokens, next, beforeNumber: false) is var (repeat, repeatLength)
            && repeat.Iso == unit.Iso && !repeat.IsSubunit && !repeat.EndsInSymbol)
        {
            next += repeatLength;
        }
        return Finish(text, tokens, next, unit, number, low, high);
    }

    /// <summary>"40 billion dollars", "500m euros", "10 €", "115USD", "75 USD million", "12-cent", "50 cents".</summary>
    private Match? MatchNumberFirst(string text, List<ScanToken> tokens, int i)
    {
        if (NumberReader.Read(text, tokens, i) is not { } number)
        {
            return null;
        }
        var (low, high, k) = ReadRange(text, tokens, i, number, unit: null);
        var hyphenated = high is null && k + 1 < tokens.Count && tokens[k].Kind == ScanTokenKind.Dash
            && !tokens[k].SpaceBefore && !tokens[k + 1].SpaceBefore;
        if (hyphenated)
        {
            k++;
        }
        if (_lexicon.Match(text, tokens, k, beforeNumber: false) is not var (unit, length))
        {
            return null;
        }
        var next = k + length;
        if (unit.BeforeNumber && BelongsToNextNumber(text, tokens, k, next, unit))
        {
            return null;
        }
        if ((unit.NeedsMultiplier && !number.HasMultiplier)
            || (unit.AlsoWeight && (hyphenated || NextWordIs(text, tokens, next, "of"))))
        {
            return null;
        }
        // "75 USD million": the multiplier after the code.
        if (next < tokens.Count && tokens[next].SpaceBefore
            && NumberReader.MultiplierOf(text.AsSpan(tokens[next].Start, tokens[next].Length)) is { } late
            && !number.HasMultiplier)
        {
            number = number with { Multiplier = late, IsWholeNumber = false };
            low *= late;
            high *= late;
            next++;
        }
        return Finish(text, tokens, next, unit, number, low, high);
    }

    /// <summary>
    /// A symbol or code between two numbers belongs to the second when glued to it ("1 $10", "3 USD50"), or when
    /// the second number repeats it in words ("1 $ 10 dollars", but not "10 rmb 20 usd").
    /// </summary>
    private bool BelongsToNextNumber(string text, List<ScanToken> tokens, int unitIndex, int next, CurrencyUnit unit)
    {
        if (next >= tokens.Count || NumberReader.Read(text, tokens, next) is not { } following)
        {
            return false;
        }
        if (!tokens[next].SpaceBefore && tokens[unitIndex].SpaceBefore)
        {
            return true;
        }
        return _lexicon.Match(text, tokens, following.Next, beforeNumber: false) is var (word, _)
            && word.Iso == unit.Iso && !word.IsSubunit && !word.EndsInSymbol;
    }

    /// <summary>
    /// The low and high ends of "$10-$20 million", "10 to 20 million euros", "between $5 and $7 billion" (the low
    /// end takes the high end's multiplier when it has none and is the smaller bare number); just the number otherwise.
    /// </summary>
    private (decimal Low, decimal? High, int Next) ReadRange(string text, List<ScanToken> tokens, int first, ParsedNumber low, CurrencyUnit? unit)
    {
        var k = low.Next;
        if (k >= tokens.Count)
        {
            return (low.Value, null, k);
        }
        var connector = tokens[k];
        var isConnector = connector.Kind == ScanTokenKind.Dash
            || WordAt(text, tokens, k).Equals("to", StringComparison.OrdinalIgnoreCase)
            || (WordAt(text, tokens, k).Equals("and", StringComparison.OrdinalIgnoreCase)
                && first > 0 && WordAt(text, tokens, first - 1).Equals("between", StringComparison.OrdinalIgnoreCase));
        if (!isConnector)
        {
            return (low.Value, null, k);
        }
        var p = k + 1;
        if (unit is not null && _lexicon.Match(text, tokens, p, beforeNumber: true) is var (again, againLength) && again.Iso == unit.Iso)
        {
            p += againLength;
        }
        if (NumberReader.Read(text, tokens, p) is not { } high)
        {
            return (low.Value, null, k);
        }
        var lowValue = low.Value;
        if (!low.HasMultiplier && high.HasMultiplier && low.Bare < high.Bare)
        {
            lowValue = low.Bare * high.Multiplier;
        }
        else if (unit is null && !low.HasMultiplier && high.HasMultiplier && IsYear(text, tokens[first]))
        {
            // "a year from 2024 to 8 billion euros": the year is when, not the low end.
            return (low.Value, null, k);
        }
        return high.Value > lowValue ? (lowValue, high.Value, high.Next) : (low.Value, null, k);
    }

    /// <summary>Four plain digits from 1800 to 2199, the years news writes.</summary>
    private static bool IsYear(string text, ScanToken token) =>
        token.Kind == ScanTokenKind.Number && token.Length == 4
        && int.TryParse(text.AsSpan(token.Start, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
        && year is >= 1800 and < 2200;

    /// <summary>Scales to whole units, adds "and 50 cents" style parts, and rejects percentages.</summary>
    private Match? Finish(string text, List<ScanToken> tokens, int next, CurrencyUnit unit, ParsedNumber number, decimal low, decimal? high)
    {
        var amount = low * unit.Scale;
        var amountHigh = high * unit.Scale;
        if (high is null && number.IsWholeNumber && unit.Scale == 1m)
        {
            (amount, next) = AddSubunits(text, tokens, next, unit, amount);
        }
        if (IsPercent(text, tokens, next))
        {
            return null;
        }
        return new Match(next, amount, amountHigh, unit.Iso);
    }

    /// <summary>"3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50.", "one kuai and five mao five".</summary>
    private (decimal Amount, int Next) AddSubunits(string text, List<ScanToken> tokens, int next, CurrencyUnit unit, decimal amount)
    {
        var lastScale = unit.Scale;
        while (lastScale > 0.01m)
        {
            var p = next;
            if (WordAt(text, tokens, p).Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                p++;
            }
            if (NumberReader.Read(text, tokens, p) is not { } part || part.HasMultiplier || !part.IsWholeNumber)
            {
                break;
            }
            var q = part.Next;
            if (_lexicon.Match(text, tokens, q, beforeNumber: false) is var (sub, subLength)
                && sub.IsSubunit && sub.Scale < lastScale && (sub.Iso == unit.Iso || IsCents(sub)))
            {
                amount += part.Value * sub.Scale;
                lastScale = sub.Scale;
                next = q + subLength;
                continue;
            }
            // A bare number is the next smaller unit, but only at the end of the phrase ("15 dollars 50.").
            var limit = lastScale >= 1 ? 100 : 10;
            if (part.Value >= limit || !EndsPhrase(text, tokens, q))
            {
                break;
            }
            amount += part.Value * 0.01m;
            lastScale = 0.01m;
            next = q;
        }
        return (amount, next);
    }

    private static bool IsCents(CurrencyUnit unit) =>
        unit.Tokens.Length == 1 && unit.Tokens[0] is "cent" or "cents";

    private static bool EndsPhrase(string text, List<ScanToken> tokens, int i)
    {
        if (i >= tokens.Count)
        {
            return true;
        }
        var token = tokens[i];
        if (token.Kind == ScanTokenKind.Punct)
        {
            return text[token.Start] is '.' or ',' or '!' or '?' or ';' or ':' or ')';
        }
        var word = WordAt(text, tokens, i);
        return word.Equals("more", StringComparison.OrdinalIgnoreCase) || word.Equals("and", StringComparison.OrdinalIgnoreCase)
            || word.Equals("only", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsPercent(string text, List<ScanToken> tokens, int i)
    {
        if (i >= tokens.Count)
        {
            return false;
        }
        if (tokens[i].Kind == ScanTokenKind.Punct && text[tokens[i].Start] == '%')
        {
            return true;
        }
        var word = WordAt(text, tokens, i);
        return word.Equals("percent", StringComparison.OrdinalIgnoreCase) || word.Equals("pct", StringComparison.OrdinalIgnoreCase)
            || (word.Equals("per", StringComparison.OrdinalIgnoreCase) && WordAt(text, tokens, i + 1).Equals("cent", StringComparison.OrdinalIgnoreCase));
    }

    private static bool NextWordIs(string text, List<ScanToken> tokens, int i, string word) =>
        WordAt(text, tokens, i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> WordAt(string text, List<ScanToken> tokens, int i) =>
        i >= 0 && i < tokens.Count && tokens[i].Kind == ScanTokenKind.Word ? text.AsSpan(tokens[i].Start, tokens[i].Length) : [];

    private readonly record struct Match(int Next, decimal Amount, decimal? High, string Iso);
}

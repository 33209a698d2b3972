namespace NewsWatch.Entities.Dates;

/// <summary>
/// Whether the clause around a date speaks of the future ("will meet on Friday", "is scheduled for Feb. 24",
/// "the upcoming vote on Friday", "talks resume on Saturday") or of the past ("said", "ago", "invaded"): the cue
/// nearest the date wins, looking back within the sentence first, then ahead.
/// </summary>
internal static class TenseCues
{
    /// <summary>How far from the date a cue may stand, in tokens, within its sentence.</summary>
    private const int BackWindow = 12;

    private const int ForwardWindow = 8;

    private static readonly HashSet<string> Future = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "shall", "ll", "next", "upcoming", "coming", "scheduled", "slated", "due", "planned", "planning",
        "tomorrow",
        // Present tense of scheduling verbs: "the talks resume on Saturday", "the offer expires Nov. 21".
        "resume", "resumes", "expire", "expires", "begin", "begins", "start", "starts", "deadline", "payable", "effective",
    };

    private static readonly HashSet<string> Past = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "ago", "was", "were", "had", "did", "last", "yesterday", "earlier", "told", "announced", "reported",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureLookup = Future.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PastLookup = Past.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words in -ed, five letters or more, that are no past tense: "-eed" words and common adjectives.</summary>
    private static readonly HashSet<string> NotPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "speed", "proceed", "exceed", "succeed", "breed", "indeed", "embed", "hundred", "armed", "united", "based",
        "limited", "related", "detailed", "advanced",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPastLookup = NotPast.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The tense of the nearest cue to token <paramref name="first"/>, looking back first, then ahead.</summary>
    public static Tense Of(string text, List<ScanToken> tokens, int first)
    {
        // "respond by Oct. 31", "extended to Nov. 6": a deadline, whatever the tense of the verb before it.
        if (first > 0 && IsDeadlineWord(text, tokens[first - 1]))
        {
            return Tense.Unknown;
        }
        // An -ed word counts as the date's verb only with nothing but function words between ("invaded on Feb. 24");
        // otherwise it is as often an adjective or another clause's verb ("preferred shares on Oct. 31").
        var adjacent = true;
        for (var k = first - 1; k >= 0 && k >= first - BackWindow && !EndsSentence(text, tokens, k); k--)
        {
            if (Cue(text, tokens, k, pastForms: adjacent) is { } tense)
            {
                return tense;
            }
            adjacent &= IsLinkWord(text, tokens[k]);
        }
        for (var k = first; k < tokens.Count && k < first + ForwardWindow && !EndsSentence(text, tokens, k); k++)
        {
            // Ahead of the date, "next" and "last" are more likely parts of it ("this friday to next sunday").
            if (!IsDateModifier(text, tokens[k]) && Cue(text, tokens, k, pastForms: false) is { } tense)
            {
                return tense;
            }
        }
        return Tense.Unknown;
    }

    /// <summary>"invaded", "pledged": a lower-case word in -ed (past tense or participle, which news uses for what happened).</summary>
    private static bool IsPastForm(ReadOnlySpan<char> word) =>
        word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0]) && !NotPastLookup.Contains(word);

    private static bool IsDeadlineWord(string text, ScanToken token)
    {
        var word = text.AsSpan(token.Start, token.Length);
        return word.Equals("by", StringComparison.OrdinalIgnoreCase) || word.Equals("until", StringComparison.OrdinalIgnoreCase)
            || word.Equals("till", StringComparison.OrdinalIgnoreCase) || word.Equals("to", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly HashSet<string> LinkWords = new(StringComparer.OrdinalIgnoreCase) { "on", "in", "at", "the", "of", "since", "from", "as", "early", "late", "last" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LinkWordLookup = LinkWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsLinkWord(string text, ScanToken token) =>
        token.Kind == ScanTokenKind.Word && LinkWordLookup.Contains(text.AsSpan(token.Start, token.Length));

    private static bool IsDateModifier(string text, ScanToken token)
    {
        var word = text.AsSpan(token.Start, token.Length);
        return word.Equals("next", StringComparison.OrdinalIgnoreCase) || word.Equals("last", StringComparison.OrdinalIgnoreCase)
            || word.Equals("coming", StringComparison.OrdinalIgnoreCase) || word.Equals("upcoming", StringComparison.OrdinalIgnoreCase);
    }

    private static Tense? Cue(string text, List<ScanToken> tokens, int k, bool pastForms)
    {
        if (tokens[k].Kind != ScanTokenKind.Word)
        {
            return null;
        }
        var word = text.AsSpan(tokens[k].Start, tokens[k].Length);
        // "'ll" only after an apostrophe; "set to" / "going to" / "to be held" as phrases.
        if (word.Equals("ll", StringComparison.OrdinalIgnoreCase) && (k == 0 || tokens[k].SpaceBefore))
        {
            return null;
        }
        if (FutureLookup.Contains(word))
        {
            return Tense.Future;
        }
        if ((word.Equals("set", StringComparison.OrdinalIgnoreCase) || word.Equals("going", StringComparison.OrdinalIgnoreCase)
                || word.Equals("expected", StringComparison.OrdinalIgnoreCase))
            && k + 1 < tokens.Count && text.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return Tense.Future;
        }
        return PastLookup.Contains(word) || (pastForms && IsPastForm(word)) ? Tense.Past : null;
    }

    /// <summary>"!", "?", ";", or a full stop that is not inside "U.S." or after "Feb".</summary>
    private static bool EndsSentence(string text, List<ScanToken> tokens, int k)
    {
        var token = tokens[k];
        if (token.Kind != ScanTokenKind.Punct)
        {
            return false;
        }
        var c = text[token.Start];
        if (c is '!' or '?' or ';')
        {
            return true;
        }
        if (c != '.')
        {
            return false;
        }
        var shortWordBefore = k > 0 && tokens[k - 1].Kind == ScanTokenKind.Word && tokens[k - 1].Length <= 4;
        var gluedAfter = k + 1 < tokens.Count && !tokens[k + 1].SpaceBefore;
        return !shortWordBefore && !gluedAfter;
    }
}

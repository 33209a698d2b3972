namespace NewsWatch.Entities.Dates;

/// <summary>
/// Finds date expressions in English text and resolves them to TIMEX3 values against a reference (publication) date:
/// explicit dates ("5 June 2023", "June 5", "2023-06-05", "6/5/2023"), months and years ("February 2022", "2023"),
/// weekdays ("Thursday", "on Wednesday", "next Friday"), relative days and periods ("yesterday", "last week",
/// "next month", "earlier this year"), offsets ("two weeks ago", "in 3 days"), quarters and weeks ("Q3 2024",
/// "week 31"), holidays ("Christmas"), "the 24th", ranges ("July 9–11", "from March to May", "2014-2018"), and the
/// relative references "now", "recently", "in the near future" (<see cref="RelativeReferences"/>).
/// Not dates: clock times, bare durations ("three years", "48 hours") and ages. Linear in the text; stateless and thread-safe.
/// </summary>
/// <remarks>
/// Resolution rules, chosen for news text:
/// <list type="bullet">
/// <item>News mostly reports the past. A bare weekday is the latest such day on or before the reference ("Thursday" in an
/// article of Thursday 2024-06-13 is that day, "Friday" 2024-06-07), unless its clause speaks of the future ("will",
/// "is scheduled", "upcoming", "talks resume on Saturday": <see cref="TenseCues"/>), when it is the next one on or after.
/// "next"/"last" Friday is the Friday of the next/previous week; "this past" / "coming" Friday the nearest one
/// before/after; "every Friday" is a set and no date.</item>
/// <item>A date without a year ("Feb. 24", "the 24th") is likewise the latest on or before the reference in a past
/// clause and the next on or after it in a future one. In a clause of no clear tense ("payable Dec. 1") it is the
/// latest on or before, unless that is more than 60 days back and the next one is within 60 days ahead: news omits
/// the year of this year's dates. A month alone ("in January") takes the year that puts it nearest the reference.</item>
/// </list>
/// </remarks>
public sealed class DateRecognizer
{
    private const int MaxTokensPerExpression = 16;

    /// <summary>Characters of text either side of a span that <see cref="ResolveSpans"/> parses it in: more than a clause.</summary>
    private const int SpanContext = 240;

    /// <summary>The process-wide instance (no state).</summary>
    public static DateRecognizer Shared { get; } = new();

    /// <summary>All date expressions in <paramref name="text"/>, left to right, not overlapping, resolved against <paramref name="reference"/>.</summary>
    public IReadOnlyList<DateMention> Recognize(string? text, DateOnly reference)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }
        var parser = new DateParser(text, ScanTokenizer.Tokenize(text), reference);
        List<DateMention>? found = null;
        var i = 0;
        while (i < parser.Count)
        {
            if (parser.TryAt(i) is { } hit && hit.Next > hit.First && hit.Next - hit.First <= MaxTokensPerExpression)
            {
                (found ??= []).Add(Mention(text, parser, hit));
                parser.Taken(hit);
                i = hit.Next;
            }
            else
            {
                i++;
            }
        }
        return WithReferences(text, found);
    }

    /// <summary>Adds the relative references ("now", "recently") that stand outside every calendar expression, keeping the order.</summary>
    private static IReadOnlyList<DateMention> WithReferences(string text, List<DateMention>? found)
    {
        List<DateMention>? merged = null;
        var k = 0;
        foreach (var reference in RelativeReferences.Find(text))
        {
            merged ??= new List<DateMention>((found?.Count ?? 0) + 4);
            while (found is not null && k < found.Count && found[k].Start < reference.End)
            {
                merged.Add(found[k++]);
            }
            if (merged.Count == 0 || merged[^1].End <= reference.Start)
            {
                merged.Add(reference);
            }
        }
        if (merged is null)
        {
            return found ?? (IReadOnlyList<DateMention>)[];
        }
        while (found is not null && k < found.Count)
        {
            merged.Add(found[k++]);
        }
        return merged;
    }

    /// <summary>
    /// Values for spans of <paramref name="text"/> that another judge (the tagger's model) calls dates but that
    /// <see cref="Recognize"/> does not find, or finds only as part of a range: the expression that starts a span and ends
    /// inside it, parsed in its sentence (so the clause's tense still counts) with a capitalised month allowed alone ("as
    /// early as July"). Null where none.
    /// </summary>
    public IReadOnlyList<DateMention?> ResolveSpans(string text, IReadOnlyList<(int Start, int End)> spans, DateOnly reference)
    {
        var result = new DateMention?[spans.Count];
        for (var k = 0; k < spans.Count; k++)
        {
            // Each span is parsed in a window of its own (the tense cues look no further), so the cost stays linear.
            var (start, end) = spans[k];
            var from = Math.Max(0, start - SpanContext);
            var window = text[from..Math.Min(text.Length, end + SpanContext)];
            var tokens = ScanTokenizer.Tokenize(window);
            var i = tokens.FindIndex(t => t.Start == start - from);
            if (i < 0)
            {
                continue;
            }
            var parser = new DateParser(window, tokens, reference) { DateKnown = true };
            // A range that runs past the span ("Aug. 26 to" of "Aug. 26 to Oct. 20") leaves the span its own first date.
            var hit = parser.TryAt(i);
            if (hit is not { } whole || whole.Next <= whole.First || tokens[whole.Next - 1].End > end - from)
            {
                hit = parser.SingleAt(i);
            }
            if (hit is { } h && h.Next > h.First && h.Next - h.First <= MaxTokensPerExpression && tokens[h.Next - 1].End <= end - from)
            {
                var mention = Mention(window, parser, h);
                result[k] = mention with { Start = mention.Start + from, End = mention.End + from };
            }
        }
        return result;
    }

    private static DateMention Mention(string text, DateParser parser, DateHit hit)
    {
        var start = parser.Token(hit.First).Start;
        var end = parser.Token(hit.Next - 1).End;
        return hit.High is { } high
            ? new DateMention(start, end, text[start..end], null, hit.Value.Timex, high.Timex) { IsDuration = hit.Duration }
            : new DateMention(start, end, text[start..end], hit.Value.Timex, null, null);
    }
}

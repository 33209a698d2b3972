namespace NewsWatch.Entities.Dates;

/// <summary>
/// Finds date expressions in English text and resolves them to TIMEX3 values against a reference (publication) date:
/// explicit dates ("5 June 2023", "June 5", "2023-06-05", "6/5/2023"), months and years ("February 2022", "2023"),
/// weekdays ("Thursday", "on Wednesday", "next Friday"), relative days and periods ("yesterday", "last week",
/// "next month", "earlier this year"), offsets ("two weeks ago", "in 3 days"), quarters and weeks ("Q3 2024",
/// "week 31"), holidays ("Christmas"), "the 24th", and ranges ("July 9–11", "from March to May", "2014-2018").
/// Not dates: clock times, bare durations ("three years", "48 hours") and ages. Linear in the text; stateless and thread-safe.
/// </summary>
/// <remarks>
/// Resolution rules, chosen for news text:
/// <list type="bullet">
/// <item>A bare weekday is the nearest such day, three days back to three days ahead ("Thursday" in an article of
/// Thursday 2024-06-13 is that day, "Wednesday" the day before, "Saturday" two days later). "next"/"last" Friday is
/// the Friday of the next/previous week; "this past" / "coming" Friday the nearest one before/after.</item>
/// <item>A date or month without a year ("June 5", "in January") takes the year that puts it nearest the reference
/// date; a tie goes to the past. So an article of 20 December saying "in January" means next January, and one of
/// 5 January saying "in December" means last December.</item>
/// <item>"the 24th" is the 24th of the nearest month.</item>
/// </list>
/// </remarks>
public sealed class DateRecognizer
{
    private const int MaxTokensPerExpression = 16;

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
                var start = parser.Token(hit.First).Start;
                var end = parser.Token(hit.Next - 1).End;
                var mention = hit.High is { } high
                    ? new DateMention(start, end, text[start..end], null, hit.Value.Timex, high.Timex)
                    : new DateMention(start, end, text[start..end], hit.Value.Timex, null, null);
                (found ??= []).Add(mention);
                i = hit.Next;
            }
            else
            {
                i++;
            }
        }
        return found ?? (IReadOnlyList<DateMention>)[];
    }
}

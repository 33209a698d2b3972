using System.Text.RegularExpressions;
using NewsWatch.Entities.Dates;
using NewsWatch.Entities.Model;
using NewsWatch.Entities.Tokens;

namespace NewsWatch.Entities.Tagging;

/// <summary>
/// The tagger's DATE mentions, from the model's DATE spans and the <see cref="DateRecognizer"/>'s expressions:
/// <list type="bullet">
/// <item>A model span keeps its bounds (they follow GMB, where "last Sunday" is tagged "Sunday") and takes the value of the
/// first expression the recogniser finds in it, unless it is a piece of one expression that names no date by itself
/// ("two" of "two days ago", "fourth" of "the fourth quarter"): then the expression is the span. A span that is one end
/// of a range ("Aug. 26" of "from Aug. 26 to Oct. 20") takes the value of that end. A model span that covers only a length of time ("the past two months")
/// is dropped: durations are not dates.</item>
/// <item>A model span the recogniser found nothing in is valued by parsing from its start with the model's judgement
/// standing in for the recogniser's context guards ("as early as July"); when even that yields no date it is dropped,
/// since a DATE without a value serves no one (and such spans are mostly the model's errors: "Sun", "Bush").</item>
/// <item>The recogniser's expressions the model missed are added when they name a calendar date by
/// <see cref="DateAnchors"/> (GMB's own definition, so the GMB scores stay comparable), or a quarter, half, season,
/// weekend, a year in words or a period of company reports ("the third quarter", "this fall", "nineteen ninety-six",
/// "the full year", "year-end"): periods TimeML counts as dates that GMB's news hardly has. "The year", "the past
/// year", centuries and "two days ago" are dates to TimeML too, but GMB leaves them untagged, and they are common there.
/// The relative references ("now", "recently": PRESENT_REF, PAST_REF) are added as well: GMB leaves them untagged too,
/// so its scorer sets them aside (<see cref="Training.NerEvaluator"/>), but they are most of the dates TimeML news has
/// that carry no calendar value.</item>
/// </list>
/// </summary>
internal static partial class TaggerDates
{
    /// <summary>
    /// A month's name written lower-case and used as the common word: "led the march", "officials may meet", "an august
    /// body". A lower-case month before a number or a year ("in march 2020") stays a date.
    /// </summary>
    private static bool IsCommonWord(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start).Trim();
        if (!(word.SequenceEqual("march") || word.SequenceEqual("may") || word.SequenceEqual("august"))) return false;
        var after = text.AsSpan(end).TrimStart();
        if (after.Length > 0 && char.IsDigit(after[0])) return false;
        return word.SequenceEqual("may") ? after.Length > 0 && char.IsLower(after[0]) : DeterminerBefore().IsMatch(text.AsSpan(0, start));
    }

    [GeneratedRegex(@"\b(?:the|a|an|this|that|their|his|her|its|our|whose)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex DeterminerBefore();

    public static void Add(
        string text, DateOnly reference, DateRecognizer recognizer, IReadOnlyList<(int Start, int End, float Confidence)> model, float ruleConfidence, List<EntityMention> mentions)
    {
        var found = recognizer.Recognize(text, reference);
        var taken = new bool[found.Count];
        var dates = new List<EntityMention>();
        var unvalued = new List<int>();
        var next = 0;
        foreach (var (start, modelEnd, confidence) in model)
        {
            // "Sept. 14 to", "1989\"", "Aug. 31 C$": the model ran a token past the date.
            var end = start + LooseTail().Replace(text[start..modelEnd], "").Length;

            // "led the march", "officials may": a month's name written lower-case is the common word.
            if (IsCommonWord(text, start, end))
            {
                continue;
            }

            // Both lists run left to right without overlaps, so one forward walk pairs them.
            while (next < found.Count && found[next].End <= start)
            {
                next++;
            }

            DateMention? date = null;
            var durations = false;
            var count = 0;
            for (var k = next; k < found.Count && found[k].Start < end; k++)
            {
                taken[k] = true;
                count++;
                durations |= found[k].IsDuration;
                date ??= found[k].IsDuration ? null : found[k];
            }

            if (date is not null && count == 1 && date.Start <= start && end <= date.End && !DateAnchors.IsDate(Words(text[start..end])))
            {
                dates.Add(new EntityMention(EntityType.Date, date.Start, date.End, date.Text, Value(date), confidence));
                continue;
            }

            // "Dec." of "on Dec. 7 of all the shares": the model stopped at the month's name; the expression it opens names
            // the day, so the day is the span. (GMB tags a weekday before a date apart: "Saturday, April 25" stays two.)
            if (date is not null && count == 1 && date.Start == start && end < date.End && date.Timex is { } day && DayValue().IsMatch(day)
                && MonthName().IsMatch(text.AsSpan(start, end - start)) && DayNumber().IsMatch(text.AsSpan(end, date.End - end)))
            {
                dates.Add(new EntityMention(EntityType.Date, date.Start, date.End, date.Text, Value(date), confidence));
                continue;
            }

            // "Friday and Thursday", "1985 and 1987": dates the model joined in one span are each a date.
            if (count >= 2 && !durations && found[next].Start == start && found[next + count - 1].End == end
                && Enumerable.Range(next, count - 1).All(k => Coordination().IsMatch(text.AsSpan(found[k].End, found[k + 1].Start - found[k].End))))
            {
                dates.AddRange(found.Skip(next).Take(count).Select(d => new EntityMention(EntityType.Date, d.Start, d.End, d.Text, Value(d), confidence)));
                continue;
            }

            if (date is null && durations)
            {
                continue;
            }

            // "Aug. 26" of the range "from Aug. 26 to Oct. 20": the model's span is one end, so it takes that end's value.
            if (date is null || date.Timex is null && (date.Start < start || end < date.End))
            {
                unvalued.Add(dates.Count);
            }

            dates.Add(new EntityMention(EntityType.Date, start, end, text[start..end], date is null ? null : Value(date), confidence));
        }

        if (unvalued.Count > 0)
        {
            var values = recognizer.ResolveSpans(text, [.. unvalued.Select(k => (dates[k].Start, dates[k].End))], reference);
            for (var u = unvalued.Count - 1; u >= 0; u--)
            {
                if (values[u] is { IsDuration: false } value)
                {
                    dates[unvalued[u]] = dates[unvalued[u]] with { Value = Value(value) };
                }
                else if (dates[unvalued[u]].Value is null)
                {
                    dates.RemoveAt(unvalued[u]);
                }
            }
        }

        mentions.AddRange(dates);
        for (var k = 0; k < found.Count; k++)
        {
            if (!taken[k] && !found[k].IsDuration && !IsCommonWord(text, found[k].Start, found[k].End) && (DateAnchors.IsDate(Words(found[k].Text)) || IsPeriod(found[k]) || RelativeReferences.IsReference(found[k].Timex)))
            {
                mentions.Add(new EntityMention(EntityType.Date, found[k].Start, found[k].End, found[k].Text, Value(found[k]), ruleConfidence));
            }
        }
    }

    private static bool IsPeriod(DateMention date) =>
        date.Timex is { } timex && (PeriodValue().IsMatch(timex) || YearValue().IsMatch(timex) && YearInWords().IsMatch(date.Text) || ReportPeriod().IsMatch(date.Text));

    [GeneratedRegex(@"^\d{4}-(Q[1-4X]|H[12]|SU|WI|SP|FA|W\d\d-WE)$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodValue();

    /// <remarks>"by the end of the year", "at the end of the month": in news, the current one's end (a period of its own).</remarks>
    [GeneratedRegex(@"\b(fiscal|full year|year(['’]s)?[ -]end)\b|^(the\s+)?(end|beginning|start|middle)\s+of\s+the\s+(year|month|week|quarter)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportPeriod();

    [GeneratedRegex(@"^\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearValue();

    [GeneratedRegex(@"^\d{4}-\d\d-\d\d$", RegexOptions.CultureInvariant)]
    private static partial Regex DayValue();

    [GeneratedRegex(@"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthName();

    /// <summary>A day number and perhaps the year after a month's name (", 1989" too), nothing else: no range's other end.</summary>
    [GeneratedRegex(@"^\s*\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayNumber();

    [GeneratedRegex(@"^\s*(?:,|,?\s*(?:and|or))\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Coordination();

    /// <summary>Words and marks a date never ends with: a range's connector, a quote or bracket, a currency sign.</summary>
    [GeneratedRegex(@"(?:\s+(?:to|through|thru|until|till|and|or)|\s*[""“”'’()\[\],;:]+|\s+[A-Z]{0,2}\$)+$", RegexOptions.CultureInvariant)]
    private static partial Regex LooseTail();

    [GeneratedRegex(@"\b(nineteen|twenty|thousand)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearInWords();

    private static string[] Words(string text) => [.. Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End])];

    private static EntityValue Value(DateMention date) =>
        date.Timex is { } timex ? new EntityValue { Timex = timex } : new EntityValue { RangeStart = date.RangeStart, RangeEnd = date.RangeEnd };
}

using System.Globalization;
using System.Text.Json;

namespace NewsWatch.Entities.Dates;

/// <summary>
/// Scores <see cref="DateRecognizer"/> on the Recognizers-Text <c>DateTimeModel.json</c> format. Only results of
/// type date and daterange count; a case is right when each of them is matched by a mention overlapping its span.
/// </summary>
/// <remarks>
/// The suite leaves the year of "Oct/2" or "Friday" open (timex XXXX-10-02, XXXX-WXX-5) and lists the past and the
/// future resolution; the recogniser always resolves. A mention matches an expected result when, for any listed
/// resolution: its TIMEX equals the expected one, X standing for any digit; or its day equals the resolved date; or
/// the period it covers equals the expected start and end (a single value covers [first day, day after); a range
/// from A to B is compared as (first day of A, first day of B) or (first day of A, day after B), as the suite writes
/// "from March to May" as 03-01..05-01 but "next 3 days" with an exclusive end); for an open range ("since August",
/// "before 2018") the one given end is compared with the start of the mention.
/// </remarks>
public static class DateSuiteScorer
{
    /// <summary>The reference used for the few cases without one (the suite's most common reference date).</summary>
    public static readonly DateOnly DefaultReference = new(2016, 11, 7);

    public static DateSuiteScore Score(DateRecognizer recognizer, string suiteJson, int maxFailures = 50)
    {
        using var document = JsonDocument.Parse(suiteJson, new JsonDocumentOptions { AllowTrailingCommas = true });
        int cases = 0, scored = 0, correct = 0, expectedResults = 0, matchedResults = 0;
        var failures = new List<string>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            cases++;
            var expected = item.GetProperty("Results").EnumerateArray()
                .Where(r => r.TryGetProperty("TypeName", out var t) && t.GetString() is "datetimeV2.date" or "datetimeV2.daterange")
                .ToList();
            if (expected.Count == 0)
            {
                continue;
            }
            scored++;
            var input = item.GetProperty("Input").GetString() ?? "";
            var reference = ReadReference(item);
            var found = recognizer.Recognize(input, reference);
            var used = new bool[found.Count];
            var all = true;
            foreach (var result in expected)
            {
                expectedResults++;
                var hit = -1;
                for (var k = 0; k < found.Count && hit < 0; k++)
                {
                    if (!used[k] && Overlaps(found[k], result) && Matches(found[k], result))
                    {
                        hit = k;
                    }
                }
                if (hit >= 0)
                {
                    used[hit] = true;
                    matchedResults++;
                }
                else
                {
                    all = false;
                }
            }
            if (all)
            {
                correct++;
            }
            else if (failures.Count < maxFailures)
            {
                failures.Add($"\"{input}\" @ {reference:yyyy-MM-dd}\n    expected {string.Join("; ", expected.Select(Describe))}\n    found    {(found.Count == 0 ? "(nothing)" : string.Join("; ", found.Select(Describe)))}");
            }
        }
        return new DateSuiteScore(cases, scored, correct, expectedResults, matchedResults, failures);
    }

    private static DateOnly ReadReference(JsonElement item)
    {
        if (item.TryGetProperty("Context", out var context) && context.TryGetProperty("ReferenceDateTime", out var r)
            && DateTime.TryParse(r.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
        {
            return DateOnly.FromDateTime(dt);
        }
        return DefaultReference;
    }

    private static bool Overlaps(DateMention mention, JsonElement result)
    {
        var start = result.GetProperty("Start").GetInt32();
        var end = result.GetProperty("End").GetInt32() + 1;
        return mention.Start < end && start < mention.End;
    }

    private static bool Matches(DateMention mention, JsonElement result)
    {
        if (!result.TryGetProperty("Resolution", out var resolution) || !resolution.TryGetProperty("values", out var values))
        {
            return false;
        }
        var single = DateValue.FromTimex(mention.Timex);
        var low = DateValue.FromTimex(mention.RangeStart);
        var high = DateValue.FromTimex(mention.RangeEnd);
        foreach (var v in values.EnumerateArray())
        {
            var timex = Text(v, "timex");
            if (mention.Timex is { } ours && timex is not null && WildcardEquals(timex, ours))
            {
                return true;
            }
            var value = Text(v, "value");
            if (single is { Grain: DateGrain.Day } day && value == mention.Timex)
            {
                return true;
            }
            var start = Day(Text(v, "start"));
            var end = Day(Text(v, "end"));
            if (start is null && end is null)
            {
                continue;
            }
            if (single is { } s)
            {
                if ((start, end) == (s.First, s.After) || (end is null && start == s.First) || (start is null && (end == s.First || end == s.After)))
                {
                    return true;
                }
            }
            else if (low is { } l && high is { } h)
            {
                if (start == l.First && (end == h.First || end == h.After))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool WildcardEquals(string expected, string ours)
    {
        if (expected.Length != ours.Length)
        {
            return false;
        }
        for (var i = 0; i < expected.Length; i++)
        {
            if (expected[i] != ours[i] && !(expected[i] == 'X' && char.IsAsciiDigit(ours[i])))
            {
                return false;
            }
        }
        return true;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static DateOnly? Day(string? text) =>
        text is not null && DateOnly.TryParseExact(text.Length >= 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string Describe(JsonElement result)
    {
        var values = result.GetProperty("Resolution").GetProperty("values").EnumerateArray()
            .Select(v => Text(v, "timex") + (Text(v, "value") is { } val ? "=" + val : $"=({Text(v, "start")},{Text(v, "end")})"))
            .Distinct();
        return $"'{result.GetProperty("Text").GetString()}' {string.Join(" | ", values)}";
    }

    private static string Describe(DateMention m) =>
        $"'{m.Text}' {m.Timex ?? $"{m.RangeStart}..{m.RangeEnd}"}";
}

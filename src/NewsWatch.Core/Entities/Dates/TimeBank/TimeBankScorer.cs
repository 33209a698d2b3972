namespace NewsWatch.Entities.Dates.TimeBank;

/// <summary>
/// Scores date mentions against the TIMEX3 type=DATE annotations of TimeML documents, each document resolved
/// against its own creation time. Only DATE is gold: a mention on a TIME, DURATION or SET annotation counts as a
/// false positive, because the recogniser claims that it is a date. Mentions typed as durations
/// (<see cref="DateMention.IsDuration"/>) claim no DATE and are left out, as TempEval-3 scores each type apart.
/// </summary>
/// <remarks>
/// Matching is one-to-one, left to right. A mention and a gold span match strictly when their offsets are equal
/// and relaxed when they overlap. A matched range mention ("July 9–11") has no single value, so its value is wrong
/// unless its two ends are the same.
/// </remarks>
public static class TimeBankScorer
{
    public static TimeBankScore Score(
        IEnumerable<TimeMlDocument> documents, Func<string, DateOnly, IReadOnlyList<DateMention>> recognize, int maxFailures = 50)
    {
        int count = 0, gold = 0, found = 0, strict = 0, relaxed = 0, valuesRight = 0;
        var failures = new List<string>();
        foreach (var document in documents)
        {
            count++;
            var dates = document.Timexes.Where(t => t.Type == "DATE").ToList();
            var mentions = recognize(document.Text, document.CreationTime).Where(m => !m.IsDuration).ToList();
            gold += dates.Count;
            found += mentions.Count;
            var used = new bool[mentions.Count];
            foreach (var date in dates)
            {
                var hit = -1;
                for (var k = 0; k < mentions.Count; k++)
                {
                    if (!used[k] && mentions[k].Start < date.End && date.Start < mentions[k].End
                        && (hit < 0 || IsExact(mentions[k], date)))
                    {
                        hit = k;
                    }
                }
                var goldText = document.Text[date.Start..date.End];
                if (hit < 0)
                {
                    Note(failures, maxFailures, $"{document.Name} @ {document.CreationTime:yyyy-MM-dd}: missed '{goldText}' {date.Value}");
                    continue;
                }
                used[hit] = true;
                relaxed++;
                var mention = mentions[hit];
                if (IsExact(mention, date))
                {
                    strict++;
                }
                else
                {
                    Note(failures, maxFailures, $"{document.Name} @ {document.CreationTime:yyyy-MM-dd}: span '{goldText}', found '{mention.Text}'");
                }
                var value = mention.Timex ?? (mention.RangeStart == mention.RangeEnd ? mention.RangeStart : null);
                if (value == date.Value)
                {
                    valuesRight++;
                }
                else
                {
                    Note(failures, maxFailures, $"{document.Name} @ {document.CreationTime:yyyy-MM-dd}: '{goldText}' {date.Value}, found '{mention.Text}' {value ?? $"{mention.RangeStart}..{mention.RangeEnd}"}");
                }
            }
            for (var k = 0; k < mentions.Count; k++)
            {
                if (!used[k])
                {
                    var other = document.Timexes.FirstOrDefault(t => t.Start < mentions[k].End && mentions[k].Start < t.End);
                    Note(failures, maxFailures, $"{document.Name} @ {document.CreationTime:yyyy-MM-dd}: spurious '{mentions[k].Text}' {mentions[k].Timex ?? $"{mentions[k].RangeStart}..{mentions[k].RangeEnd}"}{(other is null ? "" : $" (gold {other.Type} {other.Value})")}");
                }
            }
        }
        return new TimeBankScore(count, gold, found, strict, relaxed, valuesRight, failures);
    }

    private static bool IsExact(DateMention mention, TimexAnnotation date) => mention.Start == date.Start && mention.End == date.End;

    private static void Note(List<string> failures, int max, string line)
    {
        if (failures.Count < max)
        {
            failures.Add(line);
        }
    }
}

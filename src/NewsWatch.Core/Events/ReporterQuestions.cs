using System.Text.RegularExpressions;

namespace NewsWatch.Events;

/// <summary>
/// The reporters' turns of a briefing or interview transcript: from a paragraph opened by "Q" to the next speaker's label
/// ("MS. PSAKI:", "MR. KIRBY:", "THE PRESIDENT:"). "Q Is the $300 million package going out this week?" asks; it announces
/// nothing, however it reads, and the answer after the label is the official's.
/// </summary>
public static partial class ReporterQuestions
{
    /// <summary>The character ranges of <paramref name="text"/> that reporters speak, in order.</summary>
    public static IReadOnlyList<Range> Find(string text)
    {
        var turns = new List<Range>();
        foreach (Match q in QuestionOpening().Matches(text))
        {
            if (turns.Count > 0 && q.Index < turns[^1].End.Value) continue;
            var label = SpeakerLabel().Match(text, q.Index + q.Length);
            turns.Add(new Range(q.Index, label.Success ? label.Index : text.Length));
        }
        return turns;
    }

    /// <summary>Whether the sentence starting at <paramref name="start"/> lies in one of <paramref name="turns"/> (in order, not overlapping).</summary>
    public static bool Asks(IReadOnlyList<Range> turns, int start)
    {
        // Binary search for the last turn opening at or before the start: a long briefing has a hundred turns, asked for every sentence and sum.
        var (lo, hi) = (0, turns.Count - 1);
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (turns[mid].Start.Value <= start) lo = mid + 1;
            else hi = mid - 1;
        }
        return hi >= 0 && start < turns[hi].End.Value;
    }

    /// <summary>"Q   Ambassador Rice, thank you.", "Q: And on Ukraine", "QUESTION: ...": a line a reporter opens.</summary>
    [GeneratedRegex(@"(?m)^[ \t\u00a0]*(?:\*\*)?(?:Q|QUESTION)(?:\*\*)?(?:[:.]|[ \t\u00a0]+)(?=[ \t\u00a0]*\S)", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionOpening();

    /// <summary>A line opened by a speaker's label in capitals: "MS. PSAKI:", "MR. KIRBY:", "THE PRESIDENT:", "SENIOR ADMINISTRATION OFFICIAL:".</summary>
    [GeneratedRegex(@"(?m)^[ \t\u00a0]*(?:\*\*)?(?:[A-Z][A-Z.'’-]*[ \t\u00a0]+){0,5}[A-Z][A-Z.'’-]+(?:\*\*)?:", RegexOptions.CultureInvariant)]
    internal static partial Regex SpeakerLabel();
}

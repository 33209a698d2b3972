using System.Text.RegularExpressions;

namespace NewsWatch.Entities.Dates;

/// <summary>
/// Words that place something in time relative to the moment of writing without naming a calendar date: "now",
/// "currently", "right now", "these days" (TIMEX3 value PRESENT_REF), "recently", "in recent years" (PAST_REF),
/// "in the near future" (FUTURE_REF). TimeML counts them as dates and TempEval-style news is full of them ("now" alone
/// is about one in twenty of TimeBank's dates); they carry no calendar value, so nothing that needs a day reads them
/// (<see cref="DateValue.FromTimex"/> gives null for them).
/// </summary>
/// <remarks>
/// The list holds only words TimeBank's annotators mark most of the times they occur: "now" about three in four,
/// "currently" and "recently" two in three. "Current", "recent", "soon", "the past" and "previously" are marked in a
/// third of their uses or fewer (mostly "current account", "the past year"), so they stay out.
/// </remarks>
public static partial class RelativeReferences
{
    public const string Present = "PRESENT_REF";
    public const string Past = "PAST_REF";
    public const string Future = "FUTURE_REF";

    /// <summary>Whether a TIMEX3 value is one of the three relative references.</summary>
    public static bool IsReference(string? timex) => timex is Present or Past or Future;

    /// <summary>The relative references in <paramref name="text"/>, left to right.</summary>
    public static IEnumerable<DateMention> Find(string text)
    {
        foreach (Match match in Expression().Matches(text))
        {
            var (group, value) = match.Groups["present"] is { Success: true } present ? (present, Present)
                : match.Groups["past"] is { Success: true } past ? (past, Past)
                : (match.Groups["future"], Future);
            yield return new DateMention(group.Index, group.Index + group.Length, group.Value, value, null, null);
        }
    }

    // "now" written in capitals is mostly an acronym (NOW, the women's organisation); "now that" is a conjunction.
    [GeneratedRegex(
        @"(?<present>\b(?:[Rr]ight\s+)?(?:[Nn]ow)\b(?!\s+that\b)|\b(?i:currently|nowadays|these\s+days)\b)"
        + @"|(?<past>\b(?i:(?:more\s+)?recently)\b|(?<=\b(?i:in|over|of)\s+)(?i:recent\s+(?:years|months|weeks|days))\b)"
        + @"|(?<future>(?<=\b(?i:in|into|for)\s+)(?i:the\s+(?:near\s+|foreseeable\s+)?future)\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Expression();
}

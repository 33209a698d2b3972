namespace NewsWatch.Entities.Dates;

/// <summary>Seasons: "this summer", "last winter", "the early summer", "in the fall of 1994", "spring 2023".</summary>
internal sealed partial class DateParser
{
    private static readonly Dictionary<string, string> SeasonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["spring"] = "SP", ["summer"] = "SU", ["fall"] = "FA", ["autumn"] = "FA", ["winter"] = "WI",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SeasonLookup = SeasonWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words before a bare season that make it a time ("in summer", "since the spring"); "fall" alone is mostly a verb.</summary>
    private static readonly HashSet<string> SeasonLeads = new(StringComparer.OrdinalIgnoreCase) { "in", "during", "over", "since", "until", "by", "through", "throughout", "this" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SeasonLeadLookup = SeasonLeads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The words that may start a season expression, for <see cref="DateWords.Starters"/>.</summary>
    public static IEnumerable<string> SeasonStarters => SeasonWords.Keys;

    private Piece? Season(int i)
    {
        var j = Is(i, "the") ? i + 1 : i;
        var led = j > i ? SeasonLeadLookup.Contains(Word(i - 1)) : SeasonLeadLookup.Contains(Word(i - 1));
        if (Is(j, "early") || Is(j, "late") || Is(j, "mid"))
        {
            j += IsGluedDash(j + 1) ? 2 : 1;
            led = true;
        }
        var shift = Is(j, "this") ? 0 : Is(j, "last") || (Is(j, "past") && j > i) ? -1 : Is(j, "next") || Is(j, "coming") ? 1 : (int?)null;
        if (Is(j, "this") && Is(j + 1, "past"))
        {
            (shift, j) = (-1, j + 1);
        }
        if (shift is not null)
        {
            j++;
        }
        if (!SeasonLookup.TryGetValue(Word(j), out var code))
        {
            return null;
        }
        var next = j + 1;
        // "the fall of 1994", "the winter of nineteen ninety-four", "spring 2023"
        if ((Is(next, "of") ? Year(next + 1, twoDigits: false) ?? WordYear(next + 1) : Year(next, twoDigits: false)) is var (year, afterYear))
        {
            return new Piece(i, afterYear, null, DateValue.Season(year, code));
        }
        if (shift is null && !led)
        {
            return null;
        }
        return new Piece(i, next, null, SeasonNear(code, shift));
    }

    /// <summary>
    /// "this summer": the one of the reference's year (winter in January is the one that began in December); "last":
    /// the latest that has ended; "next": the first that has not begun; alone, by the tense of its clause.
    /// </summary>
    private DateValue SeasonNear(string code, int? shift)
    {
        var thisOne = DateValue.Season(code == "WI" && _reference.Month <= 2 ? _reference.Year - 1 : _reference.Year, code);
        var previous = DateValue.Season(thisOne.First.Year - 1, code);
        var following = DateValue.Season(thisOne.First.Year + 1, code);
        return shift switch
        {
            0 => thisOne,
            -1 => thisOne.After <= _reference ? thisOne : previous,
            1 => thisOne.First > _reference ? thisOne : following,
            _ when CurrentTense == Tense.Future => thisOne.After > _reference ? thisOne : following,
            _ => thisOne.First <= _reference ? thisOne : previous,
        };
    }
}

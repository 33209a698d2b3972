namespace NewsWatch.Entities.Dates;

/// <summary>The English words of dates: months, weekdays, ordinals, units and the words around them.</summary>
internal static class DateWords
{
    public static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sept"] = 9, ["sep"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    };

    /// <summary>Abbreviated month names, which may carry a full stop ("Dec.").</summary>
    public static readonly HashSet<string> MonthAbbreviations = new(StringComparer.OrdinalIgnoreCase) { "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec" };

    /// <summary>Month words that are also common English words; alone they need a preposition or a day/year.</summary>
    public static readonly HashSet<string> AmbiguousMonths = new(StringComparer.OrdinalIgnoreCase) { "may", "march", "mar", "jan", "jun", "aug", "sep", "dec" };

    public static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday,
        ["tues"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday,
    };

    /// <summary>Weekday abbreviations that are also words ("sat", "sun", "wed"): only capitalised or next to a date.</summary>
    public static readonly HashSet<string> AmbiguousWeekdays = new(StringComparer.OrdinalIgnoreCase) { "sat", "sun", "wed", "mon", "thu", "fri", "tue" };

    public static readonly Dictionary<string, int> Ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30,
    };

    public static readonly Dictionary<string, int> Cardinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>Words before a bare year or month that make it a date ("in 2014", "since March").</summary>
    public static readonly HashSet<string> Lead = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "of", "since", "from", "to", "until", "till", "by", "before", "after", "between", "and", "through", "thru",
        "during", "year", "early", "late", "mid", "end", "start", "beginning", "middle", "this", "next", "last", "the",
        "or", "for", "on", "starting", "around", "about", "than", "fiscal", "calendar", "cy",
    };

    public static readonly HashSet<string> RangeConnectors = new(StringComparer.OrdinalIgnoreCase) { "to", "through", "thru", "till", "until" };

    public static readonly Dictionary<string, (int Days, int Months)> OffsetUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["day"] = (1, 0), ["days"] = (1, 0), ["week"] = (7, 0), ["weeks"] = (7, 0), ["fortnight"] = (14, 0),
        ["fortnights"] = (14, 0), ["month"] = (0, 1), ["months"] = (0, 1), ["year"] = (0, 12), ["years"] = (0, 12),
        ["quarter"] = (0, 3), ["quarters"] = (0, 3),
    };

    /// <summary>
    /// Every word a date expression can begin with (besides numbers): months, weekdays, ordinals and cardinals,
    /// modifiers, relative words, holiday names. The recogniser skips all other words at once.
    /// </summary>
    public static readonly HashSet<string> Starters = new(
        Months.Keys.Concat(Weekdays.Keys).Concat(Ordinals.Keys).Concat(Cardinals.Keys).Concat(Holidays.FirstWords).Concat(DateParser.EraStarters).Concat(DateParser.SeasonStarters).Concat(
        [
            "the", "in", "from", "between", "this", "next", "last", "past", "previous", "prior", "coming", "upcoming",
            "following", "current", "present", "earlier", "later", "end", "beginning", "start", "middle", "early", "late",
            "mid", "same", "year", "fiscal", "that", "ytd", "eoy", "calendar", "week", "weekend", "w", "q", "h", "a", "an", "couple",
            "today", "tonight", "tomorrow", "tmrw", "yesterday", "day", "now",
        ]),
        StringComparer.OrdinalIgnoreCase);

    public static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "st", "nd", "rd", "th" };

    // Span lookups, so matching a token allocates nothing.
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AmbiguousMonthsLookup = AmbiguousMonths.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AmbiguousWeekdaysLookup = AmbiguousWeekdays.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> CardinalsLookup = Cardinals.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadLookup = Lead.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthAbbreviationsLookup = MonthAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthsLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> OrdinalsLookup = Ordinals.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RangeConnectorsLookup = RangeConnectors.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SuffixesLookup = Suffixes.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly Dictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> WeekdaysLookup = Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly Dictionary<string, (int Days, int Months)>.AlternateLookup<ReadOnlySpan<char>> OffsetUnitsLookup = OffsetUnits.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StartersLookup = Starters.GetAlternateLookup<ReadOnlySpan<char>>();
}

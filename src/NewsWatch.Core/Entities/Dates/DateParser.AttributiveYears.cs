namespace NewsWatch.Entities.Dates;

/// <summary>Years that qualify a noun ("its 1990 invasion", "the company's 1989 results") and years spelt out ("nineteen ninety-six").</summary>
internal sealed partial class DateParser
{
    /// <summary>Words that, before a number and a noun, make the number a year rather than a count.</summary>
    private static readonly HashSet<string> YearDeterminers = new(StringComparer.OrdinalIgnoreCase) { "its", "his", "her", "their", "our", "that", "a", "an" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> YearDeterminerLookup = YearDeterminers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A four-digit number after a possessive or "a"/"that" and before a noun: "its 1990 invasion", "Navigation Mixte's 1989
    /// results", "a 1971 convention". Counts are written so too ("its 1,200 workers"), so only the years of the last
    /// century and a decade ahead qualify.
    /// </summary>
    private bool IsAttributiveYear(int i, int next, int year)
    {
        if (year < 1900 || year > _reference.Year + 10 || next >= Count || _tokens[next].Kind != ScanTokenKind.Word || !_tokens[next].SpaceBefore)
        {
            return false;
        }
        var possessive = i >= 2 && Is(i - 1, "s") && (Punct(i - 2, '\'') || Punct(i - 2, '’')) && !_tokens[i - 1].SpaceBefore;
        return possessive || (i > 0 && _tokens[i - 1].Kind == ScanTokenKind.Word && YearDeterminerLookup.Contains(Word(i - 1)));
    }

    /// <summary>"nineteen ninety-six", "twenty twelve": spelt this way a number is a year, so it needs no preposition before it.</summary>
    private bool IsCenturyWord(int i) => Is(i, "nineteen") || Is(i, "twenty");
}

using NewsWatch.Entities.Dates;

namespace NewsWatch.Tests.Entities;

/// <summary>Years that qualify a noun, years spelt out, and decimals that only look like a year and a month.</summary>
public class DateAttributiveYearTests
{
    private static readonly DateOnly Published = new(1998, 3, 6);

    private static List<(string Text, string? Timex)> Dates(string text) =>
        [.. DateRecognizer.Shared.Recognize(text, Published).Select(m => (m.Text, m.Timex))];

    [Theory]
    [InlineData("Sanctions followed its 1990 invasion of the emirate.", "1990")]
    [InlineData("The ministers cited a 1971 treaty on aviation.", "1971")]
    [InlineData("The bank's 1996 results were restated.", "1996")]
    [InlineData("He lost his 1992 campaign for the seat.", "1992")]
    public void A_year_before_a_noun_is_a_date(string text, string year)
    {
        Assert.Equal([(year, year)], Dates(text));
    }

    [Theory]
    [InlineData("The union has 1950 members in the plant.")]
    [InlineData("Its 1200 workers went on strike.")]
    public void Counts_are_no_years(string text)
    {
        Assert.Empty(Dates(text));
    }

    [Fact]
    public void A_year_in_words_needs_no_preposition()
    {
        Assert.Equal([("nineteen ninety-six", "1996")], Dates("It recalled a nineteen ninety-six bombing."));
    }

    [Theory]
    [InlineData("The index closed at 2082.1, down 4.5%.")]
    [InlineData("The dollar rose to 1.8300 marks.")]
    public void Index_levels_and_exchange_rates_are_no_dates(string text)
    {
        Assert.Empty(Dates(text));
    }
}

using NewsWatch.Entities.Dates;

namespace NewsWatch.Tests.Entities;

/// <summary>Periods counted from the date the text last named, not from the publication date.</summary>
public class DateAnaphoraTests
{
    private static readonly DateOnly Published = new(1998, 4, 18);

    private static List<(string Text, string? Timex)> Dates(string text) =>
        [.. DateRecognizer.Shared.Recognize(text, Published).Select(m => (m.Text, m.Timex))];

    [Theory]
    [InlineData("The mill opened in 1994 and the following year it doubled output.", "the following year", "1995")]
    [InlineData("The mill opened in 1994; in the preceding year it was built.", "the preceding year", "1993")]
    [InlineData("The strike began in March 1996 and the following month it spread.", "the following month", "1996-04")]
    [InlineData("The firm was founded in 1971, and that year it hired 40 people.", "that year", "1971")]
    [InlineData("Profit fell in the second quarter of 1996. Costs rose in that quarter too.", "that quarter", "1996-Q2")]
    public void Count_from_the_date_last_named(string text, string span, string timex)
    {
        Assert.Contains((span, timex), Dates(text));
    }

    [Fact]
    public void Without_an_earlier_date_the_following_year_counts_from_the_reference()
    {
        Assert.Equal([("the following year", "1999")], Dates("The plant will close the following year."));
    }

    [Fact]
    public void That_alone_is_no_date()
    {
        Assert.Equal([("1994", "1994")], Dates("In 1994 that was all they had."));
    }
}

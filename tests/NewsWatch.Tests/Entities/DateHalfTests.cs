using NewsWatch.Entities.Dates;

namespace NewsWatch.Tests.Entities;

public class DateHalfTests
{
    private static readonly DateOnly Published = new(1989, 10, 26);

    private static List<(string Text, string? Timex)> Dates(string text) =>
        [.. DateRecognizer.Shared.Recognize(text, Published).Select(m => (m.Text, m.Timex))];

    [Theory]
    [InlineData("Sales rose in the first half of 1988.", "the first half of 1988", "1988-H1")]
    [InlineData("Sales rose in the last half of 1988.", "the last half of 1988", "1988-H2")]
    [InlineData("The plan runs into the second half of next year.", "the second half of next year", "1990-H2")]
    [InlineData("Profit grew in the first two quarters of 1990.", "the first two quarters of 1990", "1990-H1")]
    [InlineData("Output slowed in the latter half of the year.", "the latter half of the year", "1989-H2")]
    public void Halves_of_a_named_year(string text, string span, string timex)
    {
        Assert.Equal([(span, timex)], Dates(text));
    }

    [Fact]
    public void A_half_without_a_year_is_no_date()
    {
        Assert.Empty(Dates("He scored twice in the first half."));
    }
}

using NewsWatch.Entities.Dates;

namespace NewsWatch.Tests.Entities;

public class DateEraTests
{
    private static readonly DateOnly Published = new(2024, 6, 13);

    [Theory]
    [InlineData("Aid grew through the 1990s.", "the 1990s", "199")]
    [InlineData("Tanks built in the early 1980s are obsolete.", "the early 1980s", "198")]
    [InlineData("a relic of the mid-1970s", "the mid-1970s", "197")]
    [InlineData("as in the '90s, budgets fell", "90s", "199")]
    [InlineData("the war of the nineties", "the nineties", "199")]
    [InlineData("a weapon of the 20th century", "the 20th century", "19")]
    [InlineData("Spending will double in the next decade.", "the next decade", "203")]
    public void Decades_and_centuries(string text, string span, string timex)
    {
        var mention = Assert.Single(DateRecognizer.Shared.Recognize(text, Published));
        Assert.Equal(span, mention.Text);
        Assert.Equal(timex, mention.Timex);
    }

    [Theory]
    [InlineData("a church of the first century")]
    [InlineData("since the 1st century AD")]
    public void The_first_century_is_no_date_and_no_crash(string text)
    {
        // Its first year would be year 0, which DateOnly cannot hold; GMB has such sentences.
        Assert.Empty(DateRecognizer.Shared.Recognize(text, Published));
    }

    [Theory]
    [InlineData("Most of the troops are in their 50s.")]
    [InlineData("Temperatures rose 10s of degrees.")]
    public void Ages_and_counts_are_no_decades(string text)
    {
        Assert.Empty(DateRecognizer.Shared.Recognize(text, Published));
    }

    [Fact]
    public void Timex_of_decades_and_centuries_reads_back()
    {
        Assert.Equal(DateValue.Decade(1990), DateValue.FromTimex("199"));
        Assert.Equal(DateValue.Century(1900), DateValue.FromTimex("19"));
        Assert.Equal(new DateOnly(2000, 1, 1), DateValue.Decade(1994).After);
    }
}

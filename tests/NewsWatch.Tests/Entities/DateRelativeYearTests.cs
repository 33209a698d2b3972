using NewsWatch.Entities.Dates;

namespace NewsWatch.Tests.Entities;

public class DateRelativeYearTests
{
    /// <summary>A Tuesday.</summary>
    private static readonly DateOnly Published = new(1989, 10, 31);

    [Theory]
    [InlineData("Sales peaked in June last year.", "June last year", "1988-06")]
    [InlineData("It ends in March of next year.", "March of next year", "1990-03")]
    [InlineData("Profit rose in this year's third quarter.", "this year's third quarter", "1989-Q3")]
    [InlineData("Profit rose from the 1988 second quarter.", "the 1988 second quarter", "1988-Q2")]
    [InlineData("Stocks fell over the weekend.", "the weekend", "1989-W43-WE")]
    [InlineData("Talks will go on over the weekend.", "the weekend", "1989-W44-WE")]
    public void Resolves(string text, string span, string timex)
    {
        var mention = Assert.Single(DateRecognizer.Shared.Recognize(text, Published));
        Assert.Equal(span, mention.Text);
        Assert.Equal(timex, mention.Timex);
    }

    [Fact]
    public void May_as_a_verb_takes_no_year()
    {
        Assert.Equal(["1989"], DateRecognizer.Shared.Recognize("They may this year cut rates.", Published).Select(m => m.Timex));
    }
}

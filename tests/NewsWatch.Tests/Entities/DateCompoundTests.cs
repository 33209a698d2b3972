using NewsWatch.Entities.Dates;

namespace NewsWatch.Tests.Entities;

/// <summary>Date words inside names and compounds of business and wire news.</summary>
public class DateCompoundTests
{
    private static readonly DateOnly Published = new(1989, 10, 26);

    [Theory]
    [InlineData("Sun Microsystems posted a loss.")]
    [InlineData("Sun said it would cut jobs.")]
    [InlineData("The notes trade at 9 7/8% a share.")]
    [InlineData("The stock rose 1 7/8 to 30 1/2.")]
    [InlineData("The first of the two convoys left.")]
    [InlineData("It was the first.")]
    public void Are_no_dates(string text)
    {
        Assert.Empty(DateRecognizer.Shared.Recognize(text, Published));
    }

    [Theory]
    [InlineData("Third-quarter net income rose 5%.", "Third-quarter", "1989-Q3")]
    [InlineData("It expects fourth-quarter sales to fall.", "fourth-quarter", "1989-Q4")]
    [InlineData("The shop opens on Sun. in Leeds.", "Sun", "1989-10-22")]
    [InlineData("Profit in the latest quarter rose.", "the latest quarter", "1989-Q3")]
    [InlineData("Net income for the quarter was $5 million.", "the quarter", "1989-Q3")]
    [InlineData("Net income fell from the year-ago quarter.", "the year-ago quarter", "1988-Q3")]
    [InlineData("Sales rose over the year-earlier period.", "year-earlier", "1988")]
    [InlineData("The Times said in an editorial on Thursday, Oct. 26: The court erred.", "Thursday, Oct. 26", "1989-10-26")]
    public void Are_dates(string text, string span, string timex)
    {
        var mention = Assert.Single(DateRecognizer.Shared.Recognize(text, Published));
        Assert.Equal(span, mention.Text);
        Assert.Equal(timex, mention.Timex);
    }
}

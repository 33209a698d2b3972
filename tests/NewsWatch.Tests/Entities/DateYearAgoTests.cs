using NewsWatch.Entities.Dates;

namespace NewsWatch.Tests.Entities;

/// <summary>Results news compares with the quarter a year back, not with the calendar year.</summary>
public class DateYearAgoTests
{
    /// <summary>A Thursday in the fourth quarter.</summary>
    private static readonly DateOnly Published = new(1989, 10, 26);

    private static List<(string Text, string? Timex)> Dates(string text) =>
        [.. DateRecognizer.Shared.Recognize(text, Published).Select(m => (m.Text, m.Timex))];

    [Theory]
    [InlineData("Acme earned $4 million in the third quarter, up from $3 million a year earlier.", "a year earlier", "1988-Q3")]
    [InlineData("Sales rose in the fiscal first quarter. A year ago, they fell.", "A year ago", "1988-Q1")]
    [InlineData("Net income fell in the second quarter. In the year-ago quarter, the bank lost money.", "the year-ago quarter", "1988-Q2")]
    [InlineData("Profit rose in the third quarter. In the 1988 period it had fallen.", "the 1988 period", "1988-Q3")]
    [InlineData("Profit rose in the third quarter, and the latest period brought new orders.", "the latest period", "1989-Q3")]
    public void A_year_back_from_the_quarter_in_focus(string text, string span, string timex)
    {
        Assert.Contains((span, timex), Dates(text));
    }

    [Fact]
    public void Its_own_ordinal_names_the_quarter_of_the_year_before()
    {
        Assert.Contains(("the year-earlier third quarter", "1988-Q3"), Dates("Losses narrowed from the year-earlier third quarter."));
    }

    [Fact]
    public void Without_a_quarter_a_year_ago_is_the_year_before()
    {
        Assert.Equal([("a year ago", "1988")], Dates("Prices were higher a year ago."));
        Assert.Equal([("year-earlier", "1988")], Dates("Wages beat year-earlier levels."));
    }

    [Fact]
    public void A_year_back_does_not_move_the_focus_a_further_year()
    {
        var dates = Dates("Profit rose in the third quarter from a year ago. Sales fell from a year earlier.");
        Assert.Equal(["1989-Q3", "1988-Q3", "1988-Q3"], dates.Select(d => d.Timex));
    }

    [Fact]
    public void The_quarter_is_the_quarter_in_focus()
    {
        Assert.Contains(("the quarter", "1989-Q1"), Dates("Results for the fiscal first quarter were strong. Revenue rose 5% in the quarter."));
    }

    [Fact]
    public void The_latest_quarter_is_the_last_ended_whatever_is_in_focus()
    {
        var dates = Dates("Analysts expect weak fourth-quarter sales. Profit in the latest quarter fell from a year ago.");
        Assert.Equal(["1989-Q4", "1989-Q3", "1988-Q3"], dates.Select(d => d.Timex));
    }
}

using NewsWatch.Entities.Dates;

namespace NewsWatch.Tests.Entities;

/// <summary>The periods company reports speak of.</summary>
public class DateFiscalTests
{
    /// <summary>A Thursday.</summary>
    private static readonly DateOnly Published = new(1989, 10, 26);

    private static List<(string Text, string? Timex)> Dates(string text) =>
        [.. DateRecognizer.Shared.Recognize(text, Published).Select(m => (m.Text, m.Timex))];

    [Theory]
    [InlineData("In fiscal 1988, the mill earned $3 million.", "fiscal 1988", "1988")]
    [InlineData("Orders grew in the fiscal first quarter.", "the fiscal first quarter", "1989-Q1")]
    [InlineData("Orders grew in the fiscal-second quarter.", "the fiscal-second quarter", "1989-Q2")]
    [InlineData("It posted a loss for the fiscal third-quarter.", "the fiscal third-quarter", "1989-Q3")]
    [InlineData("Sales in the current fiscal year should top $2 billion.", "the current fiscal year", "1989")]
    [InlineData("The chain forecast higher profit for the full year.", "the full year", "1989")]
    [InlineData("The merger should close by year-end.", "year-end", "1989-12-31")]
    [InlineData("The deal should be done by year's end.", "year's end", "1989-12-31")]
    [InlineData("The index has risen 12% since year-end.", "year-end", "1988-12-31")]
    public void Report_periods(string text, string span, string timex)
    {
        Assert.Equal([(span, timex)], Dates(text));
    }

    [Theory]
    [InlineData("Profit for the fiscal year rose.")]
    [InlineData("The year ended badly for the fund.")]
    public void Lengths_of_time_are_no_dates(string text)
    {
        Assert.Empty(Dates(text));
    }
}

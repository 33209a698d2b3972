using NewsWatch.Entities.Dates;

namespace NewsWatch.Tests.Entities;

/// <summary>Holiday weekends, parts of years and fortnights.</summary>
public class DatePeriodTests
{
    private static readonly DateOnly Published = new(2021, 11, 9);

    private static DateMention Single(string text, DateOnly reference)
    {
        var found = DateRecognizer.Shared.Recognize(text, reference);
        Assert.True(found.Count == 1, $"expected one date in '{text}', found: {string.Join("; ", found)}");
        return found[0];
    }

    [Theory]
    [InlineData("flights for the weekend of Halloween", "the weekend of Halloween", "2021-W43-WE")]
    [InlineData("traffic over Labor Day weekend", "Labor Day weekend", "2021-W35-WE")]
    [InlineData("We'll take the weekend of Thanksgiving 2023 off", "the weekend of Thanksgiving 2023", "2023-W47-WE")]
    public void A_holidays_weekend(string text, string span, string timex)
    {
        var mention = Single(text, Published);
        Assert.Equal(span, mention.Text);
        Assert.Equal(timex, mention.Timex);
    }

    [Theory]
    [InlineData("Rooms are booked for the first 2 weeks of 2021", "2021-W01", "2021-W02")]
    [InlineData("Maintenance is set for the last 3 weeks of this year", "2021-W50", "2021-W52")]
    [InlineData("Results for the last four months of 2020 are out", "2020-09", "2020-12")]
    [InlineData("They visited Paris in the first ten days of last year", "2020-01-01", "2020-01-10")]
    [InlineData("Infections fell over the past fortnight", "2021-W43", "2021-W44")]
    public void Parts_of_periods_are_ranges(string text, string start, string end)
    {
        var mention = Single(text, Published);
        Assert.Equal(start, mention.RangeStart);
        Assert.Equal(end, mention.RangeEnd);
    }

    [Theory]
    [InlineData("Out of office for a week starting tomorrow", "2021-11-10", "2021-11-16")]
    [InlineData("The drills ran for 3 days starting from Monday", "2021-11-08", "2021-11-10")]
    public void A_duration_from_a_start_is_a_range(string text, string start, string end)
    {
        var mention = Single(text, Published);
        Assert.Equal(start, mention.RangeStart);
        Assert.Equal(end, mention.RangeEnd);
    }

    [Fact]
    public void On_a_bare_digit_ordinal_is_a_day_of_a_near_month()
    {
        Assert.Equal("2021-11-03", Single("Coffee at Starbucks on 3rd - meet at noon", Published).Timex);
    }
}

using NewsWatch.Entities.Dates;

namespace NewsWatch.Tests.Entities;

/// <summary>
/// Issue 8, dates: news mostly reports the past, so a weekday or a month-day without a year is the latest one on or
/// before the publication date unless the text speaks of the future; durations, sets and clock times are no dates;
/// spans hold the whole expression.
/// </summary>
public class DateTenseTests
{
    /// <summary>A Thursday.</summary>
    private static readonly DateOnly Published = new(2024, 6, 13);

    private static DateMention Single(string text, DateOnly reference)
    {
        var found = DateRecognizer.Shared.Recognize(text, reference);
        Assert.True(found.Count == 1, $"expected one date in '{text}', found: {string.Join("; ", found)}");
        return found[0];
    }

    [Theory]
    [InlineData("The ministers met on Friday.", "Friday", "2024-06-07")]
    [InlineData("Talks resumed on Saturday in Geneva.", "Saturday", "2024-06-08")]
    [InlineData("Kyiv says it shot down 20 drones on Wednesday.", "Wednesday", "2024-06-12")]
    [InlineData("The alliance approved the plan on Thursday.", "Thursday", "2024-06-13")]
    [InlineData("On Monday, officials confirmed the delivery.", "Monday", "2024-06-10")]
    [InlineData("A transport plane landed in the capital on Sunday, the first of several relief flights.", "Sunday", "2024-06-09")]
    public void A_bare_weekday_is_the_latest_on_or_before_publication(string text, string span, string timex)
    {
        var mention = Single(text, Published);
        Assert.Equal(span, mention.Text);
        Assert.Equal(timex, mention.Timex);
    }

    [Theory]
    [InlineData("Ministers will meet on Friday.", "2024-06-14")]
    [InlineData("The vote is scheduled for Friday.", "2024-06-14")]
    [InlineData("All eyes are on the upcoming summit on Monday.", "2024-06-17")]
    [InlineData("On Saturday, the leaders will sign the pact.", "2024-06-15")]
    [InlineData("Parliament is set to vote on Tuesday.", "2024-06-18")]
    [InlineData("Officials said they'll decide on Wednesday.", "2024-06-19")]
    public void A_weekday_in_a_future_clause_is_the_next_on_or_after_publication(string text, string timex)
    {
        Assert.Equal(timex, Single(text, Published).Timex);
    }

    [Fact]
    public void A_past_cue_nearer_the_weekday_beats_a_future_cue_further_away()
    {
        Assert.Equal("2024-06-07", Single("Brussels will send more aid, officials said Friday.", Published).Timex);
    }

    [Theory]
    [InlineData("The deal was signed Feb. 24.", "2024-06-13", "2024-02-24")]
    [InlineData("Russia invaded on Feb. 24.", "2024-02-10", "2023-02-24")]
    [InlineData("The aid arrived on Dec. 28.", "2024-01-05", "2023-12-28")]
    [InlineData("The package will be delivered by Feb. 24.", "2024-02-10", "2024-02-24")]
    [InlineData("The summit is scheduled for Jan. 9.", "2023-12-20", "2024-01-09")]
    public void A_month_day_without_a_year_is_past_unless_the_text_says_future(string text, string published, string timex)
    {
        var mention = Single(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(timex, mention.Timex);
    }

    [Fact]
    public void A_month_day_weeks_ahead_in_a_tenseless_phrase_is_this_years()
    {
        // "payable Dec. 1 to holders of record Nov. 10": news omits the current year, and a deadline a year back is unlikely.
        var found = DateRecognizer.Shared.Recognize("A dividend of 5 cents, payable Dec. 1 to holders of record Nov. 10.", new DateOnly(1989, 10, 27));
        Assert.Equal(["1989-12-01", "1989-11-10"], found.Select(m => m.Timex));
    }

    [Fact]
    public void A_weekday_with_its_date_takes_the_year_the_weekday_fits()
    {
        Assert.Equal("1998-04-25", Single("The paper said in an editorial on Saturday, April 25, that", new DateOnly(1998, 4, 24)).Timex);
    }

    [Theory]
    [InlineData("The war has lasted for three years.")]
    [InlineData("The siege went on for 48 hours.")]
    [InlineData("Convoys leave every Friday.")]
    [InlineData("Aid flights land on Mondays.")]
    [InlineData("Shipments arrive each week.")]
    [InlineData("The briefing starts at 5 pm.")]
    [InlineData("Talks began at 10:30 a.m.")]
    [InlineData("The fund pays out monthly.")]
    public void Durations_sets_and_times_are_no_dates(string text)
    {
        Assert.Empty(DateRecognizer.Shared.Recognize(text, Published));
    }

    [Theory]
    [InlineData("Prices rose over the past two months.", "2024-04-13", "2024-06-12")]
    [InlineData("Output will grow over the next 3 days.", "2024-06-14", "2024-06-16")]
    public void A_length_of_time_from_publication_is_a_range_typed_as_a_duration(string text, string start, string end)
    {
        var mention = Single(text, Published);
        Assert.True(mention.IsDuration);
        Assert.Equal(start, mention.RangeStart);
        Assert.Equal(end, mention.RangeEnd);
    }

    [Theory]
    [InlineData("The treaty was signed two years ago.", "two years ago", "2022")]
    [InlineData("Sales fell from a year earlier.", "a year earlier", "2023")]
    [InlineData("The plant opened two weeks ago.", "two weeks ago", "2024-05-30")]
    public void Years_ago_are_years_and_shorter_offsets_are_days(string text, string span, string timex)
    {
        var mention = Single(text, Published);
        Assert.Equal(span, mention.Text);
        Assert.Equal(timex, mention.Timex);
    }

    [Theory]
    [InlineData("Deliveries start early next year.", "early next year", "2025")]
    [InlineData("Talks took place in the week of March 3.", "the week of March 3", "2024-W09")]
    [InlineData("Talks are planned for the week of March 3.", "the week of March 3", "2025-W10")]
    [InlineData("The pact was signed in late February.", "late February", "2024-02")]
    [InlineData("Funds run out by the end of this month.", "the end of this month", "2024-06")]
    public void Spans_cover_the_whole_expression(string text, string span, string timex)
    {
        var mention = Single(text, Published);
        Assert.Equal(span, mention.Text);
        Assert.Equal(timex, mention.Timex);
    }
}

using NewsWatch.Entities.Dates;

namespace NewsWatch.Tests.Entities;

public class DateRelativeReferenceTests
{
    private static readonly DateOnly Published = new(1998, 3, 31);

    [Theory]
    [InlineData("Investors are now wary of the bank.", "now", RelativeReferences.Present)]
    [InlineData("Right now the plant runs one shift.", "Right now", RelativeReferences.Present)]
    [InlineData("The group currently holds 3 million shares.", "currently", RelativeReferences.Present)]
    [InlineData("Few people write letters these days.", "these days", RelativeReferences.Present)]
    [InlineData("The government recently announced new rules.", "recently", RelativeReferences.Past)]
    [InlineData("More recently, the firm sold its stake.", "More recently", RelativeReferences.Past)]
    [InlineData("Exports have doubled in recent years.", "recent years", RelativeReferences.Past)]
    [InlineData("The talks may resume in the near future.", "the near future", RelativeReferences.Future)]
    public void Relative_references_are_dates_without_a_calendar_value(string text, string span, string timex)
    {
        var mention = Assert.Single(DateRecognizer.Shared.Recognize(text, Published));
        Assert.Equal(span, mention.Text);
        Assert.Equal(timex, mention.Timex);
        Assert.Null(DateValue.FromTimex(mention.Timex));
    }

    [Theory]
    [InlineData("Now that the vote is over, the party will regroup.")]
    [InlineData("NOW, the women's group, filed a brief.")]
    [InlineData("The current account deficit widened.")]
    [InlineData("The recent rally faded.")]
    [InlineData("The past is another country.")]
    public void Words_annotators_seldom_mark_or_that_are_no_time_stay_out(string text)
    {
        Assert.Empty(DateRecognizer.Shared.Recognize(text, Published));
    }

    [Fact]
    public void A_calendar_expression_that_contains_now_stays_one_date()
    {
        var mention = Assert.Single(DateRecognizer.Shared.Recognize("The vote is two weeks from now.", Published));
        Assert.Equal("two weeks from now", mention.Text);
        Assert.Equal("1998-04-14", mention.Timex);
    }

    [Fact]
    public void References_keep_the_order_of_the_text_among_calendar_dates()
    {
        var found = DateRecognizer.Shared.Recognize("On Monday the bank said it now expects a loss in the fourth quarter, as it did recently.", Published);
        Assert.Equal(["Monday", "now", "the fourth quarter", "recently"], found.Select(m => m.Text));
    }
}

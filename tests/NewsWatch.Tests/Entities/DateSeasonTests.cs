using NewsWatch.Entities.Dates;

namespace NewsWatch.Tests.Entities;

public class DateSeasonTests
{
    private static readonly DateOnly Published = new(1989, 10, 30);

    [Theory]
    [InlineData("Sales slowed this summer.", "this summer", "1989-SU")]
    [InlineData("The plant reopened this past spring.", "this past spring", "1989-SP")]
    [InlineData("Prices peaked in the early summer.", "the early summer", "1989-SU")]
    [InlineData("Troops left in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI")]
    [InlineData("Talks will resume next spring.", "next spring", "1990-SP")]
    public void Seasons(string text, string span, string timex)
    {
        var mention = Assert.Single(DateRecognizer.Shared.Recognize(text, Published));
        Assert.Equal(span, mention.Text);
        Assert.Equal(timex, mention.Timex);
    }

    [Theory]
    [InlineData("Prices may fall sharply.")]
    [InlineData("a summer offensive")]
    public void Season_words_as_verbs_or_adjectives_are_no_dates(string text)
    {
        Assert.Empty(DateRecognizer.Shared.Recognize(text, Published));
    }
}

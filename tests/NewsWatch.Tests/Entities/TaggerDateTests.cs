using NewsWatch.Entities;
using NewsWatch.Entities.Dates;
using NewsWatch.Entities.Tagging;

namespace NewsWatch.Tests.Entities;

/// <summary>How the tagger joins the model's DATE spans and the date recogniser's expressions.</summary>
public sealed class TaggerDateTests(TaggerFixture fixture) : IClassFixture<TaggerFixture>
{
    /// <summary>A Thursday.</summary>
    private static readonly DateOnly Published = new(1989, 10, 26);

    private readonly EntityTagger _tagger = fixture.Tagger;

    private List<EntityMention> Dates(string text) => [.. _tagger.Tag(text, Published).Where(m => m.Type == EntityType.Date)];

    [Fact]
    public void A_lower_case_month_name_used_as_a_common_word_is_no_date()
    {
        Assert.Equal(["Sunday"], Dates("Thousands of veterans led the march through the capital on Sunday, and officials may march again.").Select(d => d.Text));
        Assert.Equal("1989-03", Assert.Single(Dates("the rally was held in march 1989 and again later.")).Value?.Timex?[..7]);
    }

    [Theory]
    [InlineData("Profit fell 12% in the third quarter, the company said.", "the third quarter", "1989-Q3")]
    [InlineData("Sales slowed sharply this summer.", "this summer", "1989-SU")]
    [InlineData("The plant opened in nineteen ninety-six.", "nineteen ninety-six", "1996")]
    [InlineData("The chain forecast higher profit for the full year.", "the full year", "1989")]
    [InlineData("The merger should close by year-end.", "year-end", "1989-12-31")]
    [InlineData("Investors are now wary of the chain, the company said.", "now", "PRESENT_REF")]
    [InlineData("The bank recently cut its prime rate.", "recently", "PAST_REF")]
    public void Periods_the_model_misses_are_dates(string text, string span, string timex)
    {
        var date = Assert.Single(Dates(text));
        Assert.Equal(span, date.Text);
        Assert.Equal(timex, date.Value?.Timex);
    }

    [Fact]
    public void A_model_span_keeps_its_bounds_and_takes_the_value_of_the_whole_expression()
    {
        var date = Assert.Single(Dates("The ministers met last Sunday in Vienna."));
        Assert.Equal("Sunday", date.Text);
        Assert.Equal("1989-10-22", date.Value?.Timex);
    }

    [Fact]
    public void A_model_span_that_is_a_piece_of_an_expression_becomes_the_expression()
    {
        // The model's span ("two") is given here: whether a retrained model tags that piece is the model's business.
        const string text = "The talks ended two days ago.";
        var two = text.IndexOf("two", StringComparison.Ordinal);
        var mentions = new List<EntityMention>();
        TaggerDates.Add(text, Published, DateRecognizer.Shared, [(two, two + 3, 0.9f)], 0.5f, mentions);
        var date = Assert.Single(mentions, m => m.Type == EntityType.Date);
        Assert.Equal("two days ago", date.Text);
        Assert.Equal("1989-10-24", date.Value?.Timex);
    }

    [Fact]
    public void A_month_the_model_finds_without_a_preposition_gets_a_value()
    {
        var date = Assert.Single(Dates("Lawmakers said the vote could come as early as July."));
        Assert.Equal("July", date.Text);
        Assert.NotNull(date.Value?.Timex);
    }

    [Fact]
    public void The_ends_of_a_range_the_model_splits_take_their_own_values()
    {
        var dates = Dates("Sales rose this year through Oct. 19, the fund said.");
        Assert.Equal([("this year", "1989"), ("Oct. 19", "1989-10-19")], dates.Select(d => (d.Text, d.Value?.Timex)));
    }

    [Theory]
    [InlineData("Prices rose over the past two months.")]
    [InlineData("Sun reported a loss for the period.")]
    public void Durations_and_spans_without_a_value_are_no_dates(string text) => Assert.Empty(Dates(text));

    [Fact]
    public void The_recogniser_values_spans_it_is_told_are_dates()
    {
        const string text = "Lawmakers said the vote could come as early as July.";
        Assert.Empty(DateRecognizer.Shared.Recognize(text, Published));
        var start = text.IndexOf("July", StringComparison.Ordinal);
        var value = Assert.Single(DateRecognizer.Shared.ResolveSpans(text, [(start, start + 4)], Published));
        Assert.Equal("July", value?.Text);
        Assert.Null(Assert.Single(DateRecognizer.Shared.ResolveSpans(text, [(0, 9)], Published)));
    }

    [Fact]
    public void The_end_of_the_current_month_or_year_is_a_date()
    {
        var date = Assert.Single(Dates("The last trucks will leave the depot by the end of the month."));
        Assert.Equal("1989-10", date.Value?.Timex);
        Assert.Contains("end of the month", date.Text, StringComparison.Ordinal);
    }
}

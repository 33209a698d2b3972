using NewsWatch.Entities.Amounts;

namespace NewsWatch.Tests.Entities;

/// <summary>The money forms of issue 8, one test each.</summary>
public class MoneyFormsTests
{
    private static readonly MoneyRecognizer Recognizer = MoneyRecognizer.Shared;

    private static MoneyMention Single(string text)
    {
        var found = Recognizer.Recognize(text);
        Assert.True(found.Count == 1, $"expected one amount in '{text}', found {found.Count}: {string.Join("; ", found)}");
        return found[0];
    }

    private static void AssertAmount(MoneyMention mention, string span, decimal amount, string currency)
    {
        Assert.Equal(span, mention.Text);
        Assert.Equal(amount, mention.Amount);
        Assert.Null(mention.AmountHigh);
        Assert.Equal(currency, mention.Currency);
    }

    [Fact]
    public void One_and_a_half_billion_dollars_is_one_and_a_half_billion()
    {
        var mention = Single("Washington sent one and a half billion dollars to Kyiv.");
        AssertAmount(mention, "one and a half billion dollars", 1_500_000_000m, "USD");
        Assert.Equal(MoneyQualifier.None, mention.Qualifier);
    }

    [Theory]
    [InlineData("The ministry asked for two and a quarter billion dollars for the bank.", "two and a quarter billion dollars", 2_250_000_000, "USD")]
    [InlineData("The fund adds three and three quarters million euros a year.", "three and three quarters million euros", 3_750_000, "EUR")]
    public void A_quarter_or_three_quarters_after_a_number_add_to_it(string text, string span, decimal amount, string currency) =>
        AssertAmount(Single(text), span, amount, currency);

    [Fact]
    public void The_pronoun_us_before_a_dollar_sign_is_no_currency()
    {
        AssertAmount(Single("Foreign firms paid us $57 billion in taxes last year."), "$57 billion", 57_000_000_000m, "USD");
        AssertAmount(Single("russia has accepted a us $ 150 million loan ."), "us $ 150 million", 150_000_000m, "USD");
    }

    [Fact]
    public void More_than_one_and_a_half_billion_dollars_is_a_lower_bound()
    {
        var mention = Single("Washington sent more than one and a half billion dollars to Kyiv.");
        AssertAmount(mention, "one and a half billion dollars", 1_500_000_000m, "USD");
        Assert.Equal(MoneyQualifier.AtLeast, mention.Qualifier);
    }

    [Fact]
    public void Two_and_a_half_million_euros_and_hyphenated_halves()
    {
        AssertAmount(Single("a grant of two and a half million euros"), "two and a half million euros", 2_500_000m, "EUR");
        AssertAmount(Single("a one-and-a-half billion dollar loan"), "one-and-a-half billion dollar", 1_500_000_000m, "USD");
    }

    [Fact]
    public void Dollar_sign_with_glued_capital_m()
    {
        AssertAmount(Single("The start-up raised $3.5M from investors."), "$3.5M", 3_500_000m, "USD");
    }

    [Fact]
    public void Glued_bn_takes_the_currency_of_the_amount_before_it_in_the_sentence()
    {
        var found = Recognizer.Recognize("Britain pledged £2bn and Germany 3.5bn for air defence.");
        Assert.Equal(2, found.Count);
        AssertAmount(found[1], "3.5bn", 3_500_000_000m, "GBP");
    }

    [Fact]
    public void Glued_bn_with_no_currency_in_its_sentence_is_no_amount()
    {
        Assert.Empty(Recognizer.Recognize("Germany spent 3.5bn on roads."));
        Assert.Single(Recognizer.Recognize("Britain pledged £2bn. Germany spent 3.5bn on roads."));
    }

    [Fact]
    public void Iso_code_before_a_small_number()
    {
        AssertAmount(Single("Entry costs EUR 20 at the door."), "EUR 20", 20m, "EUR");
    }

    [Fact]
    public void Us_dollar_symbol_spaced_from_its_number()
    {
        AssertAmount(Single("Washington approved US$ 4.7 billion in loans."), "US$ 4.7 billion", 4_700_000_000m, "USD");
    }

    [Fact]
    public void Bucks_are_dollars()
    {
        AssertAmount(Single("He paid 20 bucks for it."), "20 bucks", 20m, "USD");
        AssertAmount(Single("it cost them 5 million bucks more"), "5 million bucks", 5_000_000m, "USD");
    }

    [Fact]
    public void Between_five_and_ten_million_dollars_is_a_range()
    {
        var mention = Single("The package is worth between $5 and $10 million.");
        Assert.Equal(5_000_000m, mention.Amount);
        Assert.Equal(10_000_000m, mention.AmountHigh);
        Assert.Equal("USD", mention.Currency);
    }

    [Fact]
    public void Up_to_is_an_upper_bound()
    {
        var mention = Single("The package is worth up to $300 million.");
        AssertAmount(mention, "$300 million", 300_000_000m, "USD");
        Assert.Equal(MoneyQualifier.AtMost, mention.Qualifier);
    }

    [Fact]
    public void More_than_is_a_lower_bound()
    {
        var mention = Single("The package is worth more than $2 billion.");
        AssertAmount(mention, "$2 billion", 2_000_000_000m, "USD");
        Assert.Equal(MoneyQualifier.AtLeast, mention.Qualifier);
    }

    [Fact]
    public void Handed_over_is_no_bound()
    {
        Assert.Equal(MoneyQualifier.None, Single("Berlin handed over $2 billion.").Qualifier);
    }

    [Fact]
    public void A_year_is_not_the_low_end_of_a_range()
    {
        var mention = Single("Spending will rise by a year from 2024 to 8 billion euros.");
        AssertAmount(mention, "8 billion euros", 8_000_000_000m, "EUR");
    }

    [Theory]
    [InlineData("Subscribe for $1.99/week.", "week")]
    [InlineData("Then $4.99 per month, cancel any time.", "month")]
    [InlineData("Only $9.99 a month.", "month")]
    [InlineData("Washington spends about $1 billion a month on aid.", "month")]
    public void A_price_per_period_carries_its_period(string text, string period)
    {
        Assert.Equal(period, Single(text).Per);
    }

    [Fact]
    public void A_year_ago_is_no_period()
    {
        Assert.Null(Single("It paid $2 billion a year ago.").Per);
    }
}

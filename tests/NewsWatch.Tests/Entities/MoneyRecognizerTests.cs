using System.Text;
using NewsWatch.Entities.Amounts;

namespace NewsWatch.Tests.Entities;

public class MoneyRecognizerTests
{
    private static readonly MoneyRecognizer Recognizer = MoneyRecognizer.Shared;

    private static MoneyMention Single(string text)
    {
        var found = Recognizer.Recognize(text);
        Assert.True(found.Count == 1, $"expected one amount in '{text}', found {found.Count}: {string.Join("; ", found)}");
        return found[0];
    }

    [Theory]
    [InlineData("The annual equipment value is approximately $40 billion.", "$40 billion", "40000000000", "USD")]
    [InlineData("Washington approved US$4.7 billion in loans", "US$4.7 billion", "4700000000", "USD")]
    [InlineData("Brussels released €1.5bn for ammunition", "€1.5bn", "1500000000", "EUR")]
    [InlineData("a fund of 500m euros for drones", "500m euros", "500000000", "EUR")]
    [InlineData("London will give £200 million more", "£200 million", "200000000", "GBP")]
    [InlineData("Ottawa pledged C$500 million", "C$500 million", "500000000", "CAD")]
    [InlineData("Canberra adds A$100 million", "A$100 million", "100000000", "AUD")]
    [InlineData("Tokyo offered 1.2 trillion yen in loans", "1.2 trillion yen", "1200000000000", "JPY")]
    [InlineData("The package is worth 40 billion dollars.", "40 billion dollars", "40000000000", "USD")]
    [InlineData("a grant of ¥300 million", "¥300 million", "300000000", "JPY")]
    [InlineData("The state spent Rs 500 crore on roads", "Rs 500 crore", "5000000000", "INR")]
    [InlineData("a budget of 35 lakh rupees", "35 lakh rupees", "3500000", "INR")]
    [InlineData("a transfer of USD 40,000,000,000 was agreed", "USD 40,000,000,000", "40000000000", "USD")]
    [InlineData("bonds worth $ 75 million were sold", "$ 75 million", "75000000", "USD")]
    [InlineData("the fund adds eur 5 million", "eur 5 million", "5000000", "EUR")]
    [InlineData("they paid five million dollars", "five million dollars", "5000000", "USD")]
    [InlineData("it costs a billion dollars", "a billion dollars", "1000000000", "USD")]
    [InlineData("Kyiv budgets 2.5 billion hryvnias for drones", "2.5 billion hryvnias", "2500000000", "UAH")]
    [InlineData("fines of 10 million roubles", "10 million roubles", "10000000", "RUB")]
    [InlineData("fines of 10 million rubles", "10 million rubles", "10000000", "RUB")]
    [InlineData("Warsaw spends 4 billion złoty", "4 billion złoty", "4000000000", "PLN")]
    [InlineData("a 12-cent dividend", "12-cent", "0.12", "USD")]
    [InlineData("shares fell to 470 pence", "470 pence", "4.70", "GBP")]
    [InlineData("it only cost 3 dollars 50 cents", "3 dollars 50 cents", "3.50", "USD")]
    [InlineData("a $1.5-billion package", "$1.5-billion", "1500000000", "USD")]
    [InlineData("Seoul spent 5 billion won", "5 billion won", "5000000000", "KRW")]
    [InlineData("CHF 20 million for demining", "CHF 20 million", "20000000", "CHF")]
    [InlineData("half a billion dollars", "half a billion dollars", "500000000", "USD")]
    [InlineData("about a quarter of a million dollars", "a quarter of a million dollars", "250000", "USD")]
    [InlineData("three quarters of a billion euros", "three quarters of a billion euros", "750000000", "EUR")]
    public void Resolves_amount_and_currency(string text, string span, string amount, string currency)
    {
        var mention = Single(text);
        Assert.Equal(span, mention.Text);
        Assert.Equal(text.IndexOf(span, StringComparison.Ordinal), mention.Start);
        Assert.Equal(mention.Start + span.Length, mention.End);
        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), mention.Amount);
        Assert.Null(mention.AmountHigh);
        Assert.Equal(currency, mention.Currency);
    }

    [Theory]
    [InlineData("a package of $10-$20 million", 10_000_000, 20_000_000)]
    [InlineData("a package of $10 to $20 million", 10_000_000, 20_000_000)]
    [InlineData("a package of $10–20 million", 10_000_000, 20_000_000)]
    [InlineData("between $5 and $7 billion", 5_000_000_000, 7_000_000_000)]
    [InlineData("from $500,000 to $2 million", 500_000, 2_000_000)]
    [InlineData("10-20 million euros", 10_000_000, 20_000_000)]
    public void Ranges_keep_both_ends(string text, long low, long high)
    {
        var mention = Single(text);
        Assert.Equal(low, mention.Amount);
        Assert.Equal(high, mention.AmountHigh);
    }

    [Theory]
    [InlineData("over 90% of the nation's military support")]
    [InlineData("a rise of 27 percent in the quarter")]
    [InlineData("along the 1,000-kilometer front line")]
    [InlineData("the 32-nation military alliance met in 2024")]
    [InlineData("All 70 of us.")]
    [InlineData("ALL 5 solutions are wrong.")]
    [InlineData("Silica gel is used to absorb moisture.")]
    [InlineData("She got really mad when she heard it.")]
    [InlineData("Give it to us 3 times")]
    [InlineData("The dollar fell against the yen.")]
    [InlineData("$")]
    [InlineData("$ and €")]
    [InlineData("a 500-pound bomb")]
    [InlineData("dropped 500 pounds of explosives")]
    [InlineData("the team 3 won")]
    [InlineData("hundreds of millions of dollars")]
    public void Not_amounts(string text)
    {
        Assert.Empty(Recognizer.Recognize(text));
    }

    [Fact]
    public void Finds_several_amounts_in_order()
    {
        var found = Recognizer.Recognize("Berlin gave €2 billion, Paris 500m euros and London £1.2bn.");
        Assert.Equal(["EUR", "EUR", "GBP"], found.Select(m => m.Currency));
        Assert.Equal([2_000_000_000m, 500_000_000m, 1_200_000_000m], found.Select(m => m.Amount));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("...,,,;;;!!!---")]
    [InlineData("\u200B\u200B\u200B")]
    [InlineData("$$$$$$$$$$$$$$")]
    [InlineData("999999999999999999999999999999999999 trillion trillion trillion dollars")]
    public void Bad_input_never_crashes(string? text)
    {
        var found = Recognizer.Recognize(text);
        Assert.All(found, m => Assert.True(m.End <= (text?.Length ?? 0)));
    }

    [Fact]
    public void Unusual_unicode_still_reads_amounts()
    {
        var mention = Single("a pledge of\u00A0$\u200B40\u00A0billion “for Kyiv”");
        Assert.Equal(40_000_000_000m, mention.Amount);
        Assert.Equal("USD", mention.Currency);
    }

    [Fact]
    public void Binary_garbage_and_a_megabyte_of_text_do_not_crash()
    {
        var random = new Random(7);
        var garbage = new StringBuilder();
        for (var i = 0; i < 200_000; i++)
        {
            garbage.Append((char)random.Next(0, 0xFFFF));
        }
        _ = Recognizer.Recognize(garbage.ToString());

        var text = new StringBuilder();
        while (text.Length < 1_000_000)
        {
            text.Append("Ministers pledged $1.5 billion and 200 million euros on Thursday, 90% of it for air defence. ");
        }
        var found = Recognizer.Recognize(text.ToString());
        Assert.True(found.Count > 20_000);
    }
}

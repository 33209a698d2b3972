using System.Text;
using NewsWatch.Entities.Dates;

namespace NewsWatch.Tests.Entities;

public class DateRecognizerTests
{
    private static readonly DateRecognizer Recognizer = DateRecognizer.Shared;

    /// <summary>The seed article's publication day, a Thursday.</summary>
    private static readonly DateOnly Published = new(2024, 6, 13);

    private static DateMention Single(string text, DateOnly reference)
    {
        var found = Recognizer.Recognize(text, reference);
        Assert.True(found.Count == 1, $"expected one date in '{text}', found: {string.Join("; ", found)}");
        return found[0];
    }

    [Theory]
    [InlineData("Defence ministers convened on Thursday in Brussels.", "Thursday", "2024-06-13")]
    [InlineData("Hungary declared on Wednesday that it would not veto the plan.", "Wednesday", "2024-06-12")]
    [InlineData("The talks resume on Saturday.", "Saturday", "2024-06-15")]
    [InlineData("Kyiv was struck on Monday night.", "Monday", "2024-06-10")]
    [InlineData("since the invasion by Russia in February 2022.", "February 2022", "2022-02")]
    [InlineData("as we observed earlier this year, he said", "earlier this year", "2024")]
    [InlineData("Ministers met last week in Brussels.", "last week", "2024-W23")]
    [InlineData("The summit is next month.", "next month", "2024-07")]
    [InlineData("The package expires on the 24th.", "the 24th", "2024-06-24")]
    [InlineData("The deal was signed on June 5 after long talks.", "June 5", "2024-06-05")]
    [InlineData("The deal was signed on 5 June 2023 after long talks.", "5 June 2023", "2023-06-05")]
    [InlineData("Deliveries began in 2023 and continue.", "2023", "2023")]
    [InlineData("Aid fell last year.", "last year", "2023")]
    [InlineData("The strike came yesterday.", "yesterday", "2024-06-12")]
    [InlineData("NATO said today that it would help.", "today", "2024-06-13")]
    [InlineData("The first tranche arrived in March.", "March", "2024-03")]
    [InlineData("It was agreed two weeks ago.", "two weeks ago", "2024-05-30")]
    [InlineData("Deliveries start in 3 days.", "in 3 days", "2024-06-16")]
    [InlineData("Results for Q3 2024 are due.", "Q3 2024", "2024-Q3")]
    [InlineData("Production doubled in the first quarter of 2024.", "the first quarter of 2024", "2024-Q1")]
    [InlineData("It was ratified on 2024-05-30.", "2024-05-30", "2024-05-30")]
    [InlineData("It was ratified on 5/30/2024.", "5/30/2024", "2024-05-30")]
    [InlineData("Leaders meet again next Friday.", "next Friday", "2024-06-21")]
    [InlineData("The pledge came before Christmas.", "Christmas", "2023-12-25")]
    [InlineData("The decision is expected in mid-July.", "mid-July", "2024-07")]
    public void Resolves_against_the_publication_date(string text, string span, string timex)
    {
        var mention = Single(text, Published);
        Assert.Equal(span, mention.Text);
        Assert.Equal(text.IndexOf(span, StringComparison.Ordinal), mention.Start);
        Assert.Equal(timex, mention.Timex);
        Assert.Null(mention.RangeStart);
    }

    [Theory]
    [InlineData("the conference in Washington on July 9–11, where", "July 9–11", "2024-07-09", "2024-07-11")]
    [InlineData("The exercise runs July 9-11.", "July 9-11", "2024-07-09", "2024-07-11")]
    [InlineData("Inspections ran from March to May.", "from March to May", "2024-03", "2024-05")]
    [InlineData("Spending rose from 2014 to 2018.", "from 2014 to 2018", "2014", "2018")]
    [InlineData("Spending rose in 2014-2018.", "2014-2018", "2014", "2018")]
    [InlineData("The drills will run between 3 and 12 September.", "between 3 and 12 September", "2024-09-03", "2024-09-12")]
    [InlineData("They met Nov 28-Dec 2, 2023 in Vilnius.", "Nov 28-Dec 2, 2023", "2023-11-28", "2023-12-02")]
    public void Ranges_keep_both_ends(string text, string span, string start, string end)
    {
        var mention = Single(text, Published);
        Assert.Equal(span, mention.Text);
        Assert.Null(mention.Timex);
        Assert.Equal(start, mention.RangeStart);
        Assert.Equal(end, mention.RangeEnd);
    }

    [Theory]
    [InlineData("2024-12-20", "The next tranche comes in January.", "2025-01")]
    [InlineData("2025-01-05", "The last tranche came in December.", "2024-12")]
    [InlineData("2025-01-03", "It was signed on December 28.", "2024-12-28")]
    [InlineData("2024-12-30", "The vote is on January 2.", "2025-01-02")]
    [InlineData("2024-06-13", "The review ended in January.", "2024-01")]
    [InlineData("2024-12-31", "Ministers meet next week.", "2025-W02")]
    [InlineData("2025-01-01", "The aid was cut last month.", "2024-12")]
    public void Years_are_inferred_near_year_boundaries(string reference, string text, string timex)
    {
        Assert.Equal(timex, Single(text, DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture)).Timex);
    }

    [Theory]
    [InlineData("The meeting starts at 10:30.")]
    [InlineData("They arrive at 3pm sharp.")]
    [InlineData("The war has lasted for three years.")]
    [InlineData("Talks went on for 48 hours.")]
    [InlineData("A 45-year-old man was detained.")]
    [InlineData("Some 2000 troops were deployed.")]
    [InlineData("Prime Minister Theresa May said so.")]
    [InlineData("They may decide to march on.")]
    [InlineData("over 90% of the nation's support")]
    [InlineData("The 24th Mechanized Brigade held the line.")]
    [InlineData("a $12 grant")]
    public void Not_dates(string text)
    {
        Assert.Empty(Recognizer.Recognize(text, Published));
    }

    [Fact]
    public void The_seed_paragraph_yields_its_dates()
    {
        const string text = "North Atlantic Treaty Organization (NATO) defense ministers convened on Thursday intending to reach a consensus. "
            + "The final round of high-level negotiations before US President Joe Biden’s conference in Washington on July 9–11 is taking place. "
            + "“The goal is to reduce the possibility of delays and gaps, as we observed earlier this year,” he stated. "
            + "since the invasion by Russia in February 2022. Hungary declared on Wednesday that it would not exercise its veto.";
        var found = Recognizer.Recognize(text, Published);
        Assert.Equal(["Thursday", "July 9–11", "earlier this year", "February 2022", "Wednesday"], found.Select(m => m.Text));
        Assert.Equal(["2024-06-13", null, "2024", "2022-02", "2024-06-12"], found.Select(m => m.Timex));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("...,,,;;;!!!---///")]
    [InlineData("\u200B\u200B\u00A0\u00A0")]
    [InlineData("9999-99-99 99/99/9999 00000000 week 99 Q9 the 99th")]
    [InlineData("from from from between between and and to to - - –")]
    public void Bad_input_never_crashes(string? text)
    {
        var found = Recognizer.Recognize(text, Published);
        Assert.All(found, m => Assert.True(m.End <= (text?.Length ?? 0)));
    }

    [Fact]
    public void Unusual_unicode_still_reads_dates()
    {
        var mention = Single("signed on\u00A0June\u00A05,\u200B 2023 “in Kyiv”", Published);
        Assert.Equal("2023-06-05", mention.Timex);
    }

    [Fact]
    public void Binary_garbage_and_a_megabyte_of_text_do_not_crash()
    {
        var random = new Random(11);
        var garbage = new StringBuilder();
        for (var i = 0; i < 200_000; i++)
        {
            garbage.Append((char)random.Next(0, 0xFFFF));
        }
        _ = Recognizer.Recognize(garbage.ToString(), Published);

        var text = new StringBuilder();
        while (text.Length < 1_000_000)
        {
            text.Append("On Thursday ministers met; on July 9–11 leaders meet, as agreed in February 2022 and 2023. ");
        }
        Assert.True(Recognizer.Recognize(text.ToString(), Published).Count > 30_000);
    }

    [Fact]
    public void Timex_values_read_back()
    {
        foreach (var timex in new[] { "2024-06-13", "2024-W23", "2024-W23-WE", "2024-06", "2024-Q2", "2024-H1", "2024" })
        {
            Assert.Equal(timex, DateValue.FromTimex(timex)!.Value.Timex);
        }
        Assert.Null(DateValue.FromTimex("XXXX-06-13"));
        Assert.Null(DateValue.FromTimex(""));
    }
}

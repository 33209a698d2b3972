using NewsWatch.Entities.People;
using NewsWatch.Entities;

namespace NewsWatch.Tests.Entities;

public class PersonNameCanonicalizerTests
{
    private static readonly PersonNameCanonicalizer Canonicalizer = PersonNameCanonicalizer.Shared;

    [Theory]
    [InlineData("Mr. Stoltenberg", "Stoltenberg")]
    [InlineData("Mrs Clinton", "Clinton")]
    [InlineData("Dr. Tedros Adhanom", "Tedros Adhanom")]
    [InlineData("Prime Minister Viktor Orban", "Viktor Orban")]
    [InlineData("US President Joe Biden", "Joe Biden")]
    [InlineData("Russian President Vladimir Putin", "Vladimir Putin")]
    [InlineData("NATO Secretary-General Jens Stoltenberg", "Jens Stoltenberg")]
    [InlineData("Secretary of State Antony Blinken", "Antony Blinken")]
    [InlineData("Lt. Gen. Oleksandr Syrskyi", "Oleksandr Syrskyi")]
    [InlineData("Sen. Chuck Schumer", "Chuck Schumer")]
    [InlineData("former President Donald Trump", "Donald Trump")]
    [InlineData("Biden’s", "Biden")]
    [InlineData("“Zelensky”", "Zelensky")]
    [InlineData("President", "")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void Strips_titles(string span, string name)
    {
        Assert.Equal(name, Canonicalizer.StripTitles(span));
    }

    [Fact]
    public void One_full_name_per_person_in_an_article()
    {
        string[] spans = ["Jens Stoltenberg", "Mr. Stoltenberg", "Mr. Biden", "Joe Biden", "Putin", "Prime Minister Viktor Orban", "Orbán", "Stoltenberg"];
        Assert.Equal(
            ["Jens Stoltenberg", "Jens Stoltenberg", "Joe Biden", "Joe Biden", "Putin", "Viktor Orban", "Viktor Orban", "Jens Stoltenberg"],
            Canonicalizer.Canonicalize(spans));
    }

    [Fact]
    public void A_surname_never_given_in_full_is_the_office_holder_on_the_publication_date()
    {
        string[] spans = ["Putin", "Mr. Stoltenberg", "Prime Minister Viktor Orban", "Orbán", "Rutte", "Smithers"];
        Assert.Equal(
            ["Vladimir Putin", "Jens Stoltenberg", "Viktor Orban", "Viktor Orban", "Mark Rutte", "Smithers"],
            Canonicalizer.Canonicalize(spans, new DateOnly(2024, 6, 13)));
        // Blinken left office in January 2025: a later article's "Blinken" is not resolved from the table.
        Assert.Equal(["Blinken"], Canonicalizer.Canonicalize(["Blinken"], new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void A_shared_surname_goes_to_the_nearest_person_introduced_before()
    {
        string[] spans = ["Joe Biden", "Biden", "Hunter Biden", "Biden"];
        Assert.Equal(["Joe Biden", "Joe Biden", "Hunter Biden", "Hunter Biden"], Canonicalizer.Canonicalize(spans));
    }

    [Fact]
    public void Empty_and_odd_spans_do_not_crash()
    {
        Assert.Empty(Canonicalizer.Canonicalize([]));
        Assert.Equal(["", "", "\u200B"], Canonicalizer.Canonicalize(["", "Mr.", "\u200B"]));
    }

    [Fact]
    public void First_name_gazetteer_covers_many_countries()
    {
        var names = FirstNameGazetteer.Shared;
        Assert.True(names.Count > 5000);
        foreach (var name in new[] { "Michael", "Jens", "Volodymyr", "Viktor", "Olaf", "Narendra", "Mohammed", "Giorgia", "Emmanuel", "Fumio" })
        {
            Assert.True(names.IsFirstName(name), name);
        }
        Assert.False(names.IsFirstName("Putin"));
        Assert.False(names.IsFirstName("will"));
        Assert.False(names.IsFirstName(""));
    }
}

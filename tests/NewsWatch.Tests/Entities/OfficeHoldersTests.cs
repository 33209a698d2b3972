using NewsWatch.Entities.People;

namespace NewsWatch.Tests.Entities;

public class OfficeHoldersTests
{
    private static readonly OfficeHolders Holders = OfficeHolders.Shared;

    [Theory]
    [InlineData("Putin", "2024-06-13", "Vladimir Putin", "RU")]
    [InlineData("Vladimir Putin", "2024-06-13", "Vladimir Putin", "RU")]
    [InlineData("Biden", "2023-05-01", "Joe Biden", "US")]
    [InlineData("Joseph R. Biden", "2023-05-01", "Joe Biden", "US")]
    [InlineData("Blinken", "2023-05-01", "Antony Blinken", "US")]
    [InlineData("Blinken", "2030-01-01", "Antony Blinken", "US")]
    [InlineData("Stoltenberg", "2024-06-13", "Jens Stoltenberg", "NATO")]
    [InlineData("Stoltenberg", "2008-01-01", "Jens Stoltenberg", "NO")]
    [InlineData("Rutte", "2025-03-01", "Mark Rutte", "NATO")]
    [InlineData("Rutte", "2020-03-01", "Mark Rutte", "NL")]
    [InlineData("Orban", "2024-06-13", "Viktor Orbán", "HU")]
    [InlineData("Orbán", "2020-03-01", "Ludovic Orban", "RO")]
    [InlineData("von der Leyen", "2024-06-13", "Ursula von der Leyen", "EU")]
    [InlineData("Ban", "2010-01-01", "Ban Ki-moon", "UN")]
    [InlineData("Ban Ki moon", "2010-01-01", "Ban Ki-moon", "UN")]
    [InlineData("Kim", "2024-06-13", "Kim Jong Un", "KP")]
    [InlineData("Trump", "2019-01-01", "Donald Trump", "US")]
    [InlineData("Trump", "2025-06-01", "Donald Trump", "US")]
    public void Finds_the_holder_a_name_stands_for_on_a_date(string name, string on, string expected, string country)
    {
        var holder = Holders.Find(name, DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotNull(holder);
        Assert.Equal(expected, holder.Name);
        Assert.Equal(country, holder.Country);
    }

    [Fact]
    public void The_holder_found_is_the_one_in_office_on_the_date()
    {
        var holder = Holders.Find("Putin", new DateOnly(2024, 6, 13));
        Assert.NotNull(holder);
        Assert.Equal("head_of_state", holder.Office);
        Assert.True(holder.InOfficeOn(new DateOnly(2024, 6, 13)));
        Assert.Null(holder.To);
    }

    [Fact]
    public void In_office_only_lookups_ignore_former_holders()
    {
        Assert.Null(Holders.FindInOffice("Blinken", new DateOnly(2026, 1, 1)));
        Assert.Equal("Antony Blinken", Holders.FindInOffice("Blinken", new DateOnly(2024, 1, 1))?.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Nobody Inparticular")]
    [InlineData("Felipe")]
    [InlineData("I")]
    public void Unknown_names_find_nobody(string name)
    {
        Assert.Null(Holders.Find(name, new DateOnly(2024, 6, 13)));
    }

    [Fact]
    public void The_table_is_loaded_from_the_assembly()
    {
        Assert.True(Holders.Terms.Count > 1500);
        Assert.All(Holders.Terms, t => Assert.True(t.To is null || t.From <= t.To, t.Name));
        Assert.True(Holders.IsSurname("Stoltenberg"));
    }

    [Fact]
    public void A_table_given_as_lines_is_indexed_the_same_way()
    {
        var holders = new OfficeHolders(["name\taliases\tcountry\toffice\tfrom\tto", "Ada Example\tA. Example\tXX\thead_of_state\t2001-02-03\t", "broken line"]);
        var ada = Assert.Single(holders.Terms);
        Assert.Equal(new OfficeHolder("Ada Example", "XX", "head_of_state", new DateOnly(2001, 2, 3), null), ada);
        Assert.Same(ada, holders.Find("example", new DateOnly(1990, 1, 1)));
        Assert.Same(ada, holders.Find("A. Example", new DateOnly(1990, 1, 1)));
        Assert.Null(holders.FindInOffice("Example", new DateOnly(1990, 1, 1)));
    }
}

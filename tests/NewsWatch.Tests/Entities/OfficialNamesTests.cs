using NewsWatch.Entities;
using NewsWatch.Entities.Tagging;

namespace NewsWatch.Tests.Entities;

/// <summary>How government texts write people, on sentences written for these tests in the style of official readouts.</summary>
public sealed class OfficialNamesTests(TaggerFixture fixture) : IClassFixture<TaggerFixture>
{
    private readonly EntityTagger _tagger = fixture.Tagger;

    private List<string> People(string text) =>
        [.. _tagger.Tag(text, new DateOnly(2023, 5, 4)).Where(m => m.Type == EntityType.Person).Select(m => m.Text)];

    [Fact]
    public void A_name_over_a_wrapped_line_break_is_one_name()
    {
        var people = People("The President spoke by phone this morning with the Foreign Minister, Halvard\nOstergaard-Lind, about the grain corridor and the winter.");
        Assert.Contains("Halvard\nOstergaard-Lind", people); // the page's text, offsets unchanged
    }

    [Theory]
    [InlineData("President Joseph R. Biden, Jr. welcomed the delegation to the White House.", "Joseph R. Biden, Jr.")]
    [InlineData("The hall is named after Calvin T. Brooks, Sr. and his wife.", "Calvin T. Brooks, Sr.")]
    public void A_suffix_after_a_comma_belongs_to_the_name(string text, string name)
    {
        var people = People(text);
        Assert.Contains(name, people);
        Assert.DoesNotContain(people, p => p is "Jr." or "Sr.");
    }

    [Theory]
    [InlineData("Thank you, Director Quillfeather, for the briefing on the drills.", "Quillfeather")]
    [InlineData("Governor Pemberville toured the flooded towns with Administrator Osterhaus.", "Pemberville", "Osterhaus")]
    [InlineData("The President hosted Prime Minister Varhelyi of Hungary at the White House.", "Varhelyi")]
    [InlineData("Commissioner Tobrenski will leave the agency next month.", "Tobrenski")]
    public void A_surname_after_a_title_only_people_hold_is_a_name(string text, params string[] names)
    {
        var people = People(text);
        foreach (var name in names) Assert.Contains(name, people);
    }

    [Theory]
    [InlineData("The Director of National Intelligence briefed the committee.")]
    [InlineData("He met the Director Central Intelligence Agency staff.")]
    public void Titles_before_offices_and_long_capitalised_names_give_no_name(string text) =>
        Assert.Empty(People(text));

    [Fact]
    public void An_administration_named_after_its_leaders_names_each_of_them()
    {
        var people = _tagger.Tag("Today, the Biden-Harris administration is sending more aid. The Small Business Administration lends to firms.", new DateOnly(2023, 5, 4))
            .Where(m => m.Type == EntityType.Person).Select(m => (m.Text, m.Value!.Name)).ToList();
        Assert.Equal([("Biden", "Joe Biden"), ("Harris", "Kamala Harris")], people);
    }

    [Fact]
    public void A_vice_president_is_an_office_holder()
    {
        var people = _tagger.Tag("Vice President Harris met the delegation on Tuesday.", new DateOnly(2023, 5, 4)).Where(m => m.Type == EntityType.Person);
        Assert.Contains(people, m => m.Value!.Name == "Kamala Harris");
    }

    [Theory]
    [InlineData("The envoy said he had met Xi Jinping twice this year.", "Xi Jinping")]
    [InlineData("The President and Secretary General Stoltenberg will review the plans.", "Stoltenberg")]
    [InlineData("The Biden Administration is pursuing the programme with partners.", "Biden")]
    public void Office_holders_the_model_misses_are_found(string text, string name) =>
        Assert.Contains(name, People(text));
}

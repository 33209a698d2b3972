using NewsWatch.Entities;
using NewsWatch.Entities.Tagging;

namespace NewsWatch.Tests.Entities;

/// <summary>The tagger's document-level PERSON rules, on texts written for these tests.</summary>
public sealed class PersonRulesTests(TaggerFixture fixture) : IClassFixture<TaggerFixture>
{
    private readonly EntityTagger _tagger = fixture.Tagger;

    private List<string> People(string text) =>
        [.. _tagger.Tag(text, new DateOnly(2024, 6, 13)).Where(m => m.Type == EntityType.Person).Select(m => m.Text)];

    [Fact]
    public void A_surname_after_a_full_mention_is_the_same_person_everywhere()
    {
        const string text = "Defence analyst Margarethe Quellwasser said on Monday that the plan was late.\n" +
            "Quellwasser added that deliveries would resume.\n" +
            "Officials in Kyiv did not answer Quellwasser directly.";
        var people = People(text);
        Assert.Equal(3, people.Count(p => p.EndsWith("Quellwasser", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_surname_the_text_shows_to_be_a_place_is_not_repeated()
    {
        const string text = "The line was built by Tobias Wendholt in 1890.\n" +
            "Trains ran from Wendholt to the coast.\nThe depot in Wendholt closed in 1950.\nA spur near Wendholt was lifted.";
        Assert.DoesNotContain("Wendholt", People(text));
    }

    [Fact]
    public void The_other_names_of_a_list_of_people_are_people()
    {
        const string text = "Guests included Joe Biden, Olaf Scholz, Ansgar Pfennigbrink and Rishi Sunak.";
        Assert.Contains("Ansgar Pfennigbrink", People(text));
    }

    [Fact]
    public void A_surname_with_a_particle_is_one_name()
    {
        Assert.Contains("Ursula von der Leyen", People("The plan was presented by Ursula von der Leyen in Brussels."));
    }

    [Fact]
    public void A_name_of_the_article_is_found_in_a_headline()
    {
        const string text = "QUELLWASSER WARNS ALLIES ON AIR DEFENCE GAPS\n" +
            "Defence analyst Margarethe Quellwasser said on Monday that the plan was late.";
        var people = _tagger.Tag(text, new DateOnly(2024, 6, 13)).Where(m => m.Type == EntityType.Person).ToList();
        Assert.Contains(people, m => m.Text == "QUELLWASSER" && m.Value?.Name == "Margarethe Quellwasser");
    }

    [Fact]
    public void A_surname_in_capitals_completes_the_name()
    {
        var people = People("Former President Ernesto VALDIVIA ROCA left office in 1999 after the strikes.");
        Assert.Contains("Ernesto VALDIVIA ROCA", people);
    }

    [Fact]
    public void Person_spans_next_to_each_other_are_one_name()
    {
        // Whatever the model splits, a person mention never ends where the next one starts.
        const string text = "The historian Rui Gomez Pereira described the temple in his book on Goa.";
        var people = _tagger.Tag(text, new DateOnly(2024, 6, 13)).Where(m => m.Type == EntityType.Person).ToList();
        Assert.All(people, a => Assert.DoesNotContain(people, b => b.Start > a.End && text[a.End..b.Start].Trim().Length == 0));
    }

    [Theory]
    [InlineData("Frank N. Robinson, Raymond E. Feist and Laura Brodian Freas spoke.", "Laura Brodian Freas")]
    [InlineData("Angelo Fresquet, \"Made in Miami\"", "Angelo Fresquet")]
    public void A_line_of_names_is_no_headline_so_names_are_completed(string text, string name)
    {
        // Nearly every word of a list of names is capitalised; only capitalised function words ("To", "With") make a headline.
        Assert.Contains(name, People(text));
    }

    [Fact]
    public void A_headline_in_capitals_is_read_title_cased_and_keeps_its_text()
    {
        var people = _tagger.Tag("BIDEN MEETS ZELENSKYY IN KYIV", new DateOnly(2024, 6, 13)).Where(m => m.Type == EntityType.Person).ToList();
        Assert.Contains(people, m => m.Text == "BIDEN" && m.Value?.Name == "Joe Biden");
        Assert.Contains(people, m => m.Text == "ZELENSKYY" && m.Value?.Name == "Volodymyr Zelenskyy");
    }

    [Fact]
    public void An_office_holder_in_a_capitals_headline_is_a_person()
    {
        var people = _tagger.Tag("STOLTENBERG WARNS OF LONG WAR IN UKRAINE", new DateOnly(2024, 6, 13)).Where(m => m.Type == EntityType.Person).ToList();
        Assert.Contains(people, m => m.Text == "STOLTENBERG" && m.Value?.Name == "Jens Stoltenberg");
    }

    [Fact]
    public void A_capitals_dateline_is_a_place_not_a_person()
    {
        Assert.Empty(People("ABU DHABI, Dec 5 (Reuters) - Barrick Gold said on Monday it would buy the mine."));
    }
}

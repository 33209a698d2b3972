using NewsWatch.Entities;
using NewsWatch.Entities.Countries;
using NewsWatch.Entities.People;
using NewsWatch.Entities.Tagging;
using NewsWatch.Entities.Tokens;

namespace NewsWatch.Tests.Entities;

/// <summary>Names in results tables and sports copy, on lines written for these tests.</summary>
public sealed class ResultsTablePeopleTests(TaggerFixture fixture) : IClassFixture<TaggerFixture>
{
    private readonly EntityTagger _tagger = fixture.Tagger;

    private List<string> People(string text) =>
        [.. _tagger.Tag(text, new DateOnly(1997, 6, 11)).Where(m => m.Type == EntityType.Person).Select(m => m.Text)];

    private static List<string> Bracketed(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var free = new bool[tokens.Count];
        Array.Fill(free, true);
        return [.. NamesBeforeCountries.Shared.Find(text, tokens, free).Select(r => text[tokens[r.Start].Start..tokens[r.End - 1].End])];
    }

    [Fact]
    public void Two_or_three_name_words_before_a_bracketed_country_are_a_person()
    {
        Assert.Equal(["Okonkwo Brathwaite"], Bracketed("3. Okonkwo Brathwaite ( Jamaica ) 10.12"));
        Assert.Equal(["Teodora Vasquez Lind"], Bracketed("Teodora Vasquez Lind (Chile) won the second heat."));
    }

    [Fact]
    public void A_club_a_lone_word_or_a_place_before_a_bracketed_country_is_not()
    {
        Assert.Empty(Bracketed("Valencia ( Spain ) 2 Ferencvaros ( Hungary ) 1"));
        Assert.Empty(Bracketed("The final is in Buenos Aires ( Argentina ) next week."));
        Assert.Empty(Bracketed("Pension Fund Trust ( Norway ) bought the stake."));
        Assert.Empty(Bracketed("The runner Okonkwo Brathwaite ( aged 24 ) won."));
    }

    [Fact]
    public void A_row_of_a_results_table_keeps_whole_names()
    {
        var people = People("Results of the women's 200 metres on Friday:\n1. Merlene Quarshie ( Jamaica ) 22.10\n2. Ingrid Thorvaldsen ( Norway ) 22.31");
        Assert.Contains("Merlene Quarshie", people);
        Assert.Contains("Ingrid Thorvaldsen", people);
    }
}

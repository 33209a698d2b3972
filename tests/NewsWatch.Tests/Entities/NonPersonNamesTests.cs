using NewsWatch.Entities.People;

namespace NewsWatch.Tests.Entities;

public class NonPersonNamesTests
{
    private static readonly NonPersonNames Names = NonPersonNames.Shared;

    [Theory]
    [InlineData("Kyiv received more Javelin missiles.", "Javelin", true)]
    [InlineData("The HIMARS arrived in May.", "HIMARS", true)]
    [InlineData("A contract went to Lockheed Martin on Friday.", "Lockheed Martin", true)]
    [InlineData("Poland ordered 250 Abrams tanks.", "Abrams", true)]
    [InlineData("Washington sent 31 Abrams to Ukraine.", "Abrams", true)]
    [InlineData("Elliott Abrams said the plan was sound.", "Abrams", false)]
    [InlineData("They met at Bobby Morris Playfield at noon.", "Bobby Morris Playfield", true)]
    [InlineData("Park Geun-hye said so.", "Park Geun-hye", false)]
    [InlineData("The excursion left from Millville , New Jersey , at noon.", "Millville", true)]
    [InlineData("The institute has a campus in Coquitlam , British Columbia .", "Coquitlam", true)]
    [InlineData("Thornby is a village in Lincolnshire , England .", "Thornby", true)]
    [InlineData("Senator Ted Cruz, Texas Republican, objected.", "Ted Cruz", false)]
    [InlineData("Rep. Jane Doe, R-Texas, objected.", "Jane Doe", false)]
    [InlineData("He joined Cesaroni Design Associates in 1990.", "Cesaroni Design", true)]
    [InlineData("Jens Stoltenberg said allies agreed.", "Jens Stoltenberg", false)]
    [InlineData("He entered the Hockey Hall of Fame in 1968.", "Hall", true)]
    [InlineData("The band opened for Linkin Park in Berlin.", "Linkin Park", true)]
    [InlineData("Hall of the Greens said no.", "Hall of the Greens", false)]
    [InlineData("Barrick said on Tuesday its profit rose.", "Barrick", true)]
    [InlineData("Germany sent Storm Shadow missiles.", "Storm Shadow", true)]
    [InlineData("The school was renamed James High School in 1960.", "James High School", true)]
    [InlineData("Talks were held in Abu Dhabi.", "Abu Dhabi", true)]
    [InlineData("Prosecutors said Joseph Mok had left.", "Joseph Mok", false)]
    public void Tells_weapons_companies_and_places_from_people(string text, string span, bool nonPerson)
    {
        var start = text.IndexOf(span, StringComparison.Ordinal);
        Assert.Equal(nonPerson, Names.IsNonPerson(text, start, start + span.Length));
    }

    [Theory]
    [InlineData("It will be sold by the Swiss drugmaker Querlind next year.", "Querlind")]
    [InlineData("The newspaper Vellmark printed the photographs.", "Vellmark")]
    [InlineData("He flew with the private airline Tarsa Air to Kabul.", "Tarsa Air")]
    [InlineData("Tessendorf shares fell 3 percent on Friday.", "Tessendorf")]
    [InlineData("Tessendorf's profit rose in the third quarter.", "Tessendorf")]
    [InlineData("Investors bought shares of Tessendorf after the report.", "Tessendorf")]
    [InlineData("Quillan Marsh and Co. reported a loss.", "Quillan Marsh")]
    public void A_name_that_context_shows_to_be_a_company_or_publication_is_no_person(string text, string span)
    {
        var start = text.IndexOf(span, StringComparison.Ordinal);
        Assert.True(Names.IsNonPerson(text, start, start + span.Length));
    }

    [Theory]
    [InlineData("For producer Joseph Mok, Elaine Lu has more.", "Joseph Mok")]
    [InlineData("The group's spokesman Tessendorf said so.", "Tessendorf")]
    [InlineData("He killed newspaper publisher Gibran Tueni in a blast.", "Gibran Tueni")]
    [InlineData("Tessendorf and his wife left.", "Tessendorf")]
    public void A_person_noun_or_ordinary_context_leaves_a_person(string text, string span)
    {
        var start = text.IndexOf(span, StringComparison.Ordinal);
        Assert.False(Names.IsNonPerson(text, start, start + span.Length));
    }
}

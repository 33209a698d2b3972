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
    [InlineData("He joined Cesaroni Design Associates in 1990.", "Cesaroni Design", true)]
    [InlineData("Jens Stoltenberg said allies agreed.", "Jens Stoltenberg", false)]
    [InlineData("He entered the Hockey Hall of Fame in 1968.", "Hall", true)]
    [InlineData("The band opened for Linkin Park in Berlin.", "Linkin Park", true)]
    [InlineData("Hall of the Greens said no.", "Hall of the Greens", false)]
    public void Tells_weapons_companies_and_places_from_people(string text, string span, bool nonPerson)
    {
        var start = text.IndexOf(span, StringComparison.Ordinal);
        Assert.Equal(nonPerson, Names.IsNonPerson(text, start, start + span.Length));
    }
}

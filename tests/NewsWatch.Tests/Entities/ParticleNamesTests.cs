using NewsWatch.Entities.People;
using NewsWatch.Entities.Tokens;

namespace NewsWatch.Tests.Entities;

public class ParticleNamesTests
{
    private static List<string> Found(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var free = new bool[tokens.Count];
        Array.Fill(free, true);
        return [.. ParticleNames.Shared.Find(text, tokens, free).Select(r => text[tokens[r.Start].Start..tokens[r.End - 1].End])];
    }

    [Fact]
    public void A_given_name_particles_and_a_surname_are_a_name()
    {
        Assert.Equal(["Konstanze von Elmshorn"], Found("The letter was signed by Konstanze von Elmshorn in March."));
        Assert.Equal(["Pieter van der Wielen"], Found("Pieter van der Wielen led the delegation."));
    }

    [Fact]
    public void Places_and_longer_capitalised_runs_are_not()
    {
        Assert.Empty(Found("The ship docked at Santa Maria de la Paz on Monday."));
        Assert.Empty(Found("Talks were held in the von Elmshorn building."));
        Assert.Empty(Found("Maria de la cruz, a local dish, was served."));
    }
}

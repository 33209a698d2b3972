using NewsWatch.Entities;
using NewsWatch.Entities.Tagging;

namespace NewsWatch.Tests.Entities;

/// <summary>US domestic policy names with a demonym in them are no country: a rural-America fact sheet gave India $28 million.</summary>
public sealed class DomesticNamesTests(TaggerFixture fixture) : IClassFixture<TaggerFixture>
{
    private readonly EntityTagger _tagger = fixture.Tagger;

    private string[] Countries(string text) =>
        [.. _tagger.Tag(text, new DateOnly(2023, 10, 29)).Where(m => m.Type == EntityType.Country).Select(m => m.Text)];

    [Theory]
    [InlineData("The Rescue Plan made the largest infusion of federal funding into Indian Country ever.")]
    [InlineData("The grants serve American Indian and Alaska Native communities.")]
    [InlineData("Funding goes to Indian tribes through the Indian Health Service and the Bureau of Indian Affairs.")]
    public void Indian_country_tribes_and_agencies_are_not_India(string text) => Assert.Empty(Countries(text));

    [Fact]
    public void The_Indian_government_is_still_India() =>
        Assert.Equal(["Indian", "Sri Lanka"], Countries("The Indian government pledged $50 million to Sri Lanka on Monday."));
}

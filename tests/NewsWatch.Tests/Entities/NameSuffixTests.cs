using NewsWatch.Entities;
using NewsWatch.Entities.Tagging;

namespace NewsWatch.Tests.Entities;

/// <summary>Generational suffixes after a name, on sentences written for these tests.</summary>
public sealed class NameSuffixTests(TaggerFixture fixture) : IClassFixture<TaggerFixture>
{
    private readonly EntityTagger _tagger = fixture.Tagger;

    private List<string> People(string text) =>
        [.. _tagger.Tag(text, new DateOnly(2024, 6, 13)).Where(m => m.Type == EntityType.Person).Select(m => m.Text)];

    [Theory]
    [InlineData("The committee heard Randolph Okafor Jr. on Tuesday.", "Randolph Okafor Jr.")]
    [InlineData("The report by Harold P. Whitcombe III was published in May.", "Harold P. Whitcombe III")]
    public void A_generational_suffix_belongs_to_the_name(string text, string name) =>
        Assert.Contains(name, People(text));

    [Fact]
    public void A_suffix_on_the_next_line_does_not()
    {
        var people = People("The memo was written by Harold Whitcombe\nII. Background");
        Assert.DoesNotContain(people, p => p.EndsWith("II", StringComparison.Ordinal));
    }
}

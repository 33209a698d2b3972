using NewsWatch.Entities.Model;
using NewsWatch.Entities.Tokens;

namespace NewsWatch.Tests.Entities;

public class NameHintsTests
{
    private static readonly NameHints Hints = new(["Quellwasser"], ["Olanrewaju"], ["relatives", "surprise"]);

    [Theory]
    [InlineData("Quellwasser", "quellwasser", LexiconHit.Surname)]
    [InlineData("Olanrewaju", "olanrewaju", LexiconHit.OtherGivenName)]
    [InlineData("Relatives", "relatives", LexiconHit.CommonWord)]
    [InlineData("relatives", "relatives", LexiconHit.None)]
    [InlineData("quellwasser", "quellwasser", LexiconHit.None)]
    [InlineData("Brenner", "brenner", LexiconHit.None)]
    public void Only_capitalised_words_get_hints(string token, string lower, LexiconHit expected) =>
        Assert.Equal(expected, Hints.Hits(token, lower));

    [Fact]
    public void The_shipped_lists_know_names_of_many_languages()
    {
        Assert.True(NameHints.Shared.Hits("Takahashi", "takahashi").HasFlag(LexiconHit.Surname));
        Assert.True(NameHints.Shared.Hits("Officials", "officials").HasFlag(LexiconHit.CommonWord));
    }

    [Fact]
    public void A_version_1_extractor_ignores_the_name_hint_bits()
    {
        const string text = "Takahashi said";
        Token[] tokens = [new(0, 9, TokenKind.Word), new(10, 14, TokenKind.Word)];
        LexiconHit[] plain = [LexiconHit.None, LexiconHit.None];
        LexiconHit[] hinted = [LexiconHit.Surname, LexiconHit.CommonWord];

        List<int> Features(int version, LexiconHit[] hits)
        {
            var indexes = new List<int>();
            new FeatureExtractor(18, version).Extract(text, tokens, hits, indexes, new int[2]);
            return indexes;
        }

        Assert.Equal(Features(1, plain), Features(1, hinted));
        Assert.NotEqual(Features(2, plain), Features(2, hinted));
    }
}

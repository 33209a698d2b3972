using System.Text;
using NewsWatch.Entities.Tokens;

namespace NewsWatch.Tests.Entities;

public sealed class TokenizerTests
{
    private static string[] Words(string text) =>
        Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End]).ToArray();

    [Theory]
    [InlineData("Ukraine's Western allies", new[] { "Ukraine", "'s", "Western", "allies" })]
    [InlineData("Ukraine\u2019s armed forces", new[] { "Ukraine", "\u2019s", "armed", "forces" })]
    [InlineData("the U.S. and Mr. Biden.", new[] { "the", "U.S.", "and", "Mr.", "Biden", "." })]
    [InlineData("approximately $40 billion.", new[] { "approximately", "$", "40", "billion", "." })]
    [InlineData("US$4.7 billion and C$500", new[] { "US$", "4.7", "billion", "and", "C$", "500" })]
    [InlineData("the 1,000-kilometer front", new[] { "the", "1,000-kilometer", "front" })]
    [InlineData("on July 9\u201311, where", new[] { "on", "July", "9\u201311", ",", "where" })]
    [InlineData("a 32-nation alliance", new[] { "a", "32-nation", "alliance" })]
    [InlineData("Shi'ite cleric al-Sadr don't", new[] { "Shi'ite", "cleric", "al-Sadr", "do", "n't" })]
    [InlineData("George W. Bush, 10:30 a.m.", new[] { "George", "W.", "Bush", ",", "10:30", "a.m." })]
    [InlineData("over 90% of it...", new[] { "over", "90", "%", "of", "it", "..." })]
    [InlineData("\u201CThe goal\u201D he said", new[] { "\u201C", "The", "goal", "\u201D", "he", "said" })]
    [InlineData("€1.5bn and £200m", new[] { "€", "1.5bn", "and", "£", "200m" })]
    public void SplitsLikeTheCorpus(string text, string[] expected) => Assert.Equal(expected, Words(text));

    [Fact]
    public void OffsetsPointIntoTheOriginalText()
    {
        const string text = "  NATO\u00A0chief\u200B Jens  Stoltenberg\r\nsaid.";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(["NATO", "chief", "Jens", "Stoltenberg", "said", "."], tokens.Select(t => text[t.Start..t.End]));
        Assert.Equal(2, tokens[0].Start);
        Assert.All(tokens, t => Assert.True(t.Start < t.End && t.End <= text.Length));
    }

    [Fact]
    public void ZeroWidthCharacterInsideAWordKeepsTheWordWhole()
    {
        const string text = "Ukr\u200Baine";
        var token = Assert.Single(Tokenizer.Tokenize(text));
        Assert.Equal((0, text.Length), (token.Start, token.End));
    }

    [Fact]
    public void KindsAreAssigned()
    {
        var kinds = Tokenizer.Tokenize("Kyiv got $5 , ok").Select(t => t.Kind);
        Assert.Equal([TokenKind.Word, TokenKind.Word, TokenKind.Currency, TokenKind.Number, TokenKind.Punctuation, TokenKind.Word], kinds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\r\n\u00A0\u200B\uFEFF")]
    [InlineData("!!!???...,,;;--\u2014\u2013")]
    [InlineData("\uD83D\uDE00 emoji \uD800 lone \uDC00 surrogates")]
    [InlineData("Кремль заявил 北京 مرحبا ภาษาไทย")]
    [InlineData("e\u0301t\u0301e\u0301 \u0301start")]
    public void OddInputNeverBreaksOffsets(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Start >= previousEnd && token.End > token.Start && token.End <= text.Length);
            Assert.False(char.IsLowSurrogate(text[token.Start]) && token.Start > 0 && char.IsHighSurrogate(text[token.Start - 1]));
            previousEnd = token.End;
        }
    }

    [Fact]
    public void BinaryGarbageTokenizesWithinBounds()
    {
        var random = new Random(7);
        var bytes = new byte[200_000];
        random.NextBytes(bytes);
        var text = Encoding.Latin1.GetString(bytes) + new string(bytes.Select(b => (char)(b * 257)).ToArray());
        var tokens = Tokenizer.Tokenize(text);
        Assert.NotEmpty(tokens);
        Assert.True(tokens.Count <= text.Length);
        Assert.All(tokens, t => Assert.InRange(t.End, t.Start + 1, text.Length));
    }

    [Fact]
    public void SentencesBreakAtFullStopsAndLinesButNotAbbreviations()
    {
        const string text = "Mr. Biden met the U.S. envoy. He left.\nHeadline Without Stop\n\u201CIt works.\u201D She agreed";
        var tokens = Tokenizer.Tokenize(text);
        var sentences = new List<Range>();
        SentenceSplitter.Split(text, tokens, sentences);
        var texts = sentences.Select(r =>
        {
            var (offset, length) = r.GetOffsetAndLength(tokens.Count);
            return text[tokens[offset].Start..tokens[offset + length - 1].End];
        });
        Assert.Equal(["Mr. Biden met the U.S. envoy.", "He left.", "Headline Without Stop", "\u201CIt works.\u201D", "She agreed"], texts);
    }
}

using NewsWatch.Entities.Tagging;
using NewsWatch.Entities.Tokens;

namespace NewsWatch.Tests.Entities;

public class CapitalsCaseTests
{
    [Theory]
    [InlineData("BIDEN MEETS ZELENSKYY IN KYIV\nThe two met.", "Biden Meets Zelenskyy In Kyiv\nThe two met.")]
    [InlineData("ABU DHABI (Reuters) - The UAE signed.", "Abu Dhabi (Reuters) - The UAE signed.")]
    [InlineData("WASHINGTON, June 13 (AP) - Aid was sent.", "Washington, June 13 (AP) - Aid was sent.")]
    [InlineData("NATO AND US PLEDGE AID TO O'BRIEN AL-ASSAD", "NATO And US Pledge Aid To O'Brien Al-Assad")]
    [InlineData("IAEA (International Atomic Energy Agency) inspectors arrived.", "IAEA (International Atomic Energy Agency) inspectors arrived.")]
    [InlineData("Former President Adolfo RODRIGUEZ SAA left.", "Former President Adolfo RODRIGUEZ SAA left.")]
    public void Capitals_headlines_and_datelines_are_title_cased_with_the_same_offsets(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(expected, CapitalsCase.TitleCaseCapitals(text, tokens, out _));
    }
}

using NewsWatch.Common;

namespace NewsWatch.Tests.Common;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("[**Secretary of State**](https://x.com/a): “Thank you”", "Secretary of State: “Thank you”")]
    [InlineData("the sale was [approved](https://example.com/p?id=1) in 2019", "the sale was approved in 2019")]
    [InlineData("-   **Investing in peace.** In fiscal year 2023, USAID", "-   Investing in peace. In fiscal year 2023, USAID")]
    [InlineData("<span style=\"text-decoration: underline\">U.S.-Tanzania</span> agreement \\###", "U.S.-Tanzania agreement ###")]
    [InlineData("a [link (with parens)](https://e.org/a_(b)) here", "a link (with parens) here")]
    public void Markdown_becomes_the_text_a_reader_sees(string markdown, string plain) =>
        Assert.Equal(plain, MarkdownText.ToPlainText(markdown));
}

using NewsWatch.Common;
using NewsWatch.Events;

namespace NewsWatch.Tests.Events;

public class SentenceSplitterTests
{
    private static List<string> Split(string text) => SentenceSplitter.Split(text).Select(r => text[r]).ToList();

    [Fact]
    public void Abbreviations_and_initialisms_do_not_end_sentences()
    {
        var s = Split("Mr. Biden met Gen. Milley in Washington. The U.S. will send $1 billion to Ukraine. It arrives in Jan. next year.");
        Assert.Equal(["Mr. Biden met Gen. Milley in Washington.", "The U.S. will send $1 billion to Ukraine.", "It arrives in Jan. next year."], s);
    }

    [Fact]
    public void An_initialism_ends_a_sentence_before_a_typical_opener()
    {
        var s = Split("The aid came from the U.S. The package is large.");
        Assert.Equal(["The aid came from the U.S.", "The package is large."], s);
    }

    [Fact]
    public void Decimals_quotes_and_line_breaks()
    {
        var s = Split("Headline without a stop\nHe said it was $1.2 billion. \"We will help,\" she said. \"It is done.\" Then more.");
        Assert.Equal(["Headline without a stop", "He said it was $1.2 billion.", "\"We will help,\" she said.", "\"It is done.\"", "Then more."], s);
    }

    [Fact]
    public void Offsets_point_into_the_original_text()
    {
        const string text = "  First one.   Second one!  ";
        var ranges = SentenceSplitter.Split(text);
        Assert.Equal(2, ranges.Count);
        Assert.Equal("Second one!", text[ranges[1]]);
        Assert.Equal(text.IndexOf("Second", StringComparison.Ordinal), ranges[1].Start.Value);
    }
}

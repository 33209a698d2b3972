using NewsWatch.Entities.Training;

namespace NewsWatch.Tests.Entities;

public class WikigoldReaderTests
{
    private const string Sample = """
        Anna I-PER
        Kowalska I-PER
        met O
        Bo I-PER
        . O

        She O
        left O
        Gda\'c5\'84sk I-LOC
        . O

        -DOCSTART- O

        Mili\'c4\uc0\u141 evi\'c4\'87 I-PER
        won O
        """;

    [Fact]
    public void Reads_articles_sentences_and_person_spans()
    {
        var documents = WikigoldReader.Read(new StringReader(Sample));
        Assert.Equal(2, documents.Count);
        Assert.Equal(2, documents[0].Sentences.Count);

        var text = documents[0].Text(out var tokens, out var people);
        Assert.Equal("Anna Kowalska met Bo .\nShe left Gdańsk .", text);
        Assert.Equal(9, tokens.Length);
        Assert.Equal(["Anna Kowalska", "Bo"], people.Select(p => text[tokens[p.Start].Start..tokens[p.End - 1].End]));
    }

    [Theory]
    [InlineData(@"Stanis\'c5\'82aw", "Stanisław")]
    [InlineData(@"Mili\'c4\uc0\u141 evi\'c4\'87", "Miličević")]
    [InlineData("plain", "plain")]
    public void Decodes_rtf_escaped_utf8(string escaped, string text)
    {
        Assert.Equal(text, WikigoldReader.Unescape(escaped));
    }
}

using System.Text;
using NewsWatch.Articles;

namespace NewsWatch.Tests.Articles;

public class CharsetDecoderTests
{
    private const string Russian = "Министр обороны Украины";

    private static readonly Encoding Windows1251 = CodePagesEncodingProvider.Instance.GetEncoding(1251)!;

    private readonly CharsetDecoder decoder = new();

    [Fact]
    public void Utf8_byte_order_mark_wins_over_a_wrong_header()
    {
        var body = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes($"<p>{Russian}</p>")).ToArray();

        var decoded = decoder.Decode(body, "text/html; charset=windows-1251");

        Assert.Equal($"<p>{Russian}</p>", decoded.Text);
        Assert.Equal("utf-8", decoded.Charset);
    }

    [Fact]
    public void Utf16_byte_order_mark_is_honoured()
    {
        var body = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Russian)).ToArray();

        Assert.Equal(Russian, decoder.Decode(body, null).Text);
    }

    [Theory]
    [InlineData("text/html; charset=windows-1251")]
    [InlineData("text/html;charset=\"CP1251\"")]
    [InlineData("text/html; Charset=Windows-1251; foo=bar")]
    public void Header_charset_is_used(string contentType)
    {
        var body = Windows1251.GetBytes($"<html><body><p>{Russian}</p></body></html>");

        var decoded = decoder.Decode(body, contentType);

        Assert.Contains(Russian, decoded.Text);
        Assert.Equal("windows-1251", decoded.Charset);
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1251\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">")]
    [InlineData("<META HTTP-EQUIV=content-type CONTENT='text/html;charset=cp1251'>")]
    public void Meta_charset_is_used_when_the_header_has_none(string meta)
    {
        var body = Windows1251.GetBytes($"<html><head>{meta}</head><body><p>{Russian}</p></body></html>");

        var decoded = decoder.Decode(body, "text/html");

        Assert.Contains(Russian, decoded.Text);
        Assert.Equal("windows-1251", decoded.Charset);
    }

    [Fact]
    public void Header_wins_over_meta()
    {
        var body = Windows1251.GetBytes($"<meta charset=\"utf-8\"><p>{Russian}</p>");

        Assert.Contains(Russian, decoder.Decode(body, "text/html; charset=windows-1251").Text);
    }

    [Fact]
    public void Undeclared_valid_utf8_is_utf8()
    {
        var decoded = decoder.Decode(Encoding.UTF8.GetBytes("<p>Zürich €5</p>"), null);

        Assert.Equal("<p>Zürich €5</p>", decoded.Text);
        Assert.Equal("utf-8", decoded.Charset);
    }

    [Fact]
    public void Utf8_cut_inside_a_character_by_the_size_cap_is_still_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<p>Zürich €");
        var decoded = decoder.Decode(bytes.AsSpan(0, bytes.Length - 1), null);

        Assert.Equal("utf-8", decoded.Charset);
        Assert.StartsWith("<p>Zürich ", decoded.Text);
    }

    [Fact]
    public void Undeclared_invalid_utf8_falls_back_to_windows_1252()
    {
        var decoded = decoder.Decode([(byte)'<', (byte)'p', (byte)'>', 0xFC, 0x80, (byte)'x'], null);

        Assert.Equal("<p>ü€x", decoded.Text);
        Assert.Equal("windows-1252", decoded.Charset);
    }

    [Theory]
    [InlineData("text/html; charset=iso-8859-1", "windows-1252")]
    [InlineData("text/html; charset=ISO-8859-2", "iso-8859-2")]
    [InlineData("text/html; charset=Shift_JIS", "shift_jis")]
    [InlineData("text/html; charset=gb2312", "gb2312")]
    public void Code_page_encodings_are_available(string contentType, string expected)
    {
        Assert.Equal(expected, decoder.Decode("<p>x</p>"u8, contentType).Charset);
    }

    [Fact]
    public void Unknown_charset_label_is_ignored()
    {
        Assert.Equal("utf-8", decoder.Decode("<p>x</p>"u8, "text/html; charset=klingon").Charset);
    }

    [Fact]
    public void A_document_claiming_utf16_in_ascii_bytes_is_read_as_utf8()
    {
        Assert.Equal("utf-8", decoder.Decode("<meta charset=utf-16><p>Zürich</p>"u8, null).Charset);
    }
}

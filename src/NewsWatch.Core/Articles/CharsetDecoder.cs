using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace NewsWatch.Articles;

/// <summary>
/// Turns the bytes of a fetched page into text. The order follows what browsers do: a byte order
/// mark wins, then the charset of the Content-Type header, then a <c>&lt;meta charset&gt;</c> or
/// <c>http-equiv</c> declaration (or an XML declaration) near the start of the document, then
/// UTF-8 when the bytes are valid UTF-8, else windows-1252.
/// </summary>
public sealed partial class CharsetDecoder
{
    /// <summary>How many leading bytes are searched for a meta declaration. Browsers use 1024; real
    /// pages often put the declaration after long comments or scripts, so a little more is searched.</summary>
    public const int PrescanBytes = 4096;

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    // Labels that .NET does not know under these names, or that browsers deliberately treat as
    // another encoding (ISO-8859-1 and ASCII are decoded as windows-1252 by every browser).
    private static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>
    {
        ["utf8"] = "utf-8",
        ["unicode-1-1-utf-8"] = "utf-8",
        ["iso-8859-1"] = "windows-1252",
        ["iso8859-1"] = "windows-1252",
        ["iso_8859-1"] = "windows-1252",
        ["latin1"] = "windows-1252",
        ["l1"] = "windows-1252",
        ["ascii"] = "windows-1252",
        ["us-ascii"] = "windows-1252",
        ["cp1252"] = "windows-1252",
        ["x-cp1252"] = "windows-1252",
        ["cp1251"] = "windows-1251",
        ["x-cp1251"] = "windows-1251",
        ["win-1251"] = "windows-1251",
        ["cp1250"] = "windows-1250",
        ["x-cp1250"] = "windows-1250",
        ["gb2312"] = "gbk",
        ["x-gbk"] = "gbk",
        ["sjis"] = "shift_jis",
        ["x-sjis"] = "shift_jis",
        ["ms_kanji"] = "shift_jis",
        ["iso-8859-9"] = "windows-1254",
        ["latin5"] = "windows-1254",
        ["tis-620"] = "windows-874",
        ["iso-8859-11"] = "windows-874",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public DecodedText Decode(ReadOnlySpan<byte> body, string? contentTypeHeader)
    {
        var (bomEncoding, bomLength) = DetectBom(body);
        if (bomEncoding is not null)
        {
            return new DecodedText(bomEncoding.GetString(body[bomLength..]), bomEncoding.WebName);
        }

        var encoding = ResolveLabel(CharsetFromContentType(contentTypeHeader), fromDocument: false)
            ?? ResolveLabel(CharsetFromPrescan(body), fromDocument: true)
            ?? (IsUtf8(body) ? Encoding.UTF8 : Windows1252);
        return new DecodedText(encoding.GetString(body), encoding.WebName);
    }

    /// <summary>Maps a charset label to an encoding, or null when the label is unknown or unusable.</summary>
    public static Encoding? ResolveLabel(string? label, bool fromDocument)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var name = label.Trim().Trim('"', '\'').Trim();
        if (Aliases.TryGetValue(name, out var alias))
        {
            name = alias;
        }

        // A document cannot truthfully declare UTF-16 in its own ASCII-compatible bytes; browsers
        // read such a declaration as UTF-8 (HTML standard, "prescan a byte stream").
        if (fromDocument && name.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.UTF8;
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The <c>charset</c> parameter of a Content-Type header value, if any.</summary>
    public static string? CharsetFromContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        var match = HeaderCharset().Match(contentType);
        return match.Success ? match.Groups["cs"].Value : null;
    }

    private static string? CharsetFromPrescan(ReadOnlySpan<byte> body)
    {
        // Latin-1 maps every byte to one char, so offsets and ASCII markup survive whatever the
        // real encoding is.
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, PrescanBytes)]);
        var meta = MetaCharset().Match(head);
        if (meta.Success)
        {
            return meta.Groups["cs"].Value;
        }

        var xml = XmlDeclarationEncoding().Match(head);
        return xml.Success ? xml.Groups["cs"].Value : null;
    }

    private static (Encoding? Encoding, int Length) DetectBom(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8, 3);
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        return (null, 0);
    }

    /// <summary>
    /// Valid UTF-8, allowing the last character to be cut off: bodies are read up to a size cap,
    /// which can end in the middle of a multi-byte sequence.
    /// </summary>
    private static bool IsUtf8(ReadOnlySpan<byte> body)
    {
        if (Utf8.IsValid(body))
        {
            return true;
        }

        for (var cut = 1; cut <= 3 && cut < body.Length; cut++)
        {
            var b = body[^cut];
            if ((b & 0xC0) == 0xC0)
            {
                return Utf8.IsValid(body[..^cut]);
            }

            if ((b & 0xC0) != 0x80)
            {
                return false;
            }
        }

        return false;
    }

    [GeneratedRegex("""charset\s*=\s*["']?(?<cs>[^"';,\s]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderCharset();

    // Matches both <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*(?<cs>[A-Za-z0-9_.:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["'](?<cs>[A-Za-z0-9_.:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclarationEncoding();
}

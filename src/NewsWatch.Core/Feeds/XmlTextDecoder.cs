using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace NewsWatch.Feeds;

/// <summary>
/// Turns the bytes of an XML document into text. Order: byte-order mark, BOM-less UTF-16, valid
/// UTF-8 (many feeds declare ISO-8859-1 but are really UTF-8, and bytes that decode as UTF-8 are
/// almost never meant as a legacy charset), the encoding in the XML declaration, then windows-1252.
/// </summary>
internal static partial class XmlTextDecoder
{
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]))
        {
            return new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetString(bytes[4..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            return new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetString(bytes[4..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[(byte)'<', 0]))
        {
            return Encoding.Unicode.GetString(bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? bytes[2..] : bytes);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0, (byte)'<']))
        {
            return Encoding.BigEndianUnicode.GetString(bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? bytes[2..] : bytes);
        }

        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        return (DeclaredEncoding(bytes) ?? Windows1252()).GetString(bytes);
    }

    private static Encoding? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 512)]);
        var match = DeclarationEncoding().Match(head);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        // A UTF-8 or UTF-16 declaration on bytes that are neither: the bytes are a legacy charset.
        if (name.StartsWith("utf", StringComparison.OrdinalIgnoreCase) || name.StartsWith("ucs", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? TryGetBuiltIn(name);
    }

    private static Encoding? TryGetBuiltIn(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding Windows1252() => CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [GeneratedRegex("""^\s*<\?xml[^>]*?\bencoding\s*=\s*["'](?<name>[A-Za-z0-9._:-]+)["']""", RegexOptions.CultureInvariant)]
    private static partial Regex DeclarationEncoding();
}

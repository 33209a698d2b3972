using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using NewsWatch.Common;

namespace NewsWatch.Feeds;

/// <summary>
/// Loads untrusted XML without entity expansion or external fetches. A DOCTYPE with an internal
/// subset (where entity declarations live: billion laughs, external entities) is refused outright.
/// A bare external DOCTYPE, as old RSS 0.91 feeds carry, is tolerated but never fetched, so only
/// the five predefined entities and character references are ever expanded. HTML's named entities
/// (<c>&amp;nbsp;</c>, <c>&amp;eacute;</c>), which real feeds use without declaring them and browsers
/// accept, become character references first; documents nested deeper than <see cref="MaxDepth"/> are
/// refused before any tree is built, since building one costs quadratic time in the depth.
/// </summary>
internal static partial class SafeXml
{
    /// <summary>No real feed or OPML file nests this deep; a document that does is an attack or garbage.</summary>
    public const int MaxDepth = 256;

    private static XmlReaderSettings CreateSettings() => new()
    {
        DtdProcessing = DtdProcessing.Parse,
        XmlResolver = null,
        MaxCharactersFromEntities = 4096,
        IgnoreProcessingInstructions = true,
        IgnoreComments = true,
        CloseInput = true,
    };

    /// <summary>The root element of the document in <paramref name="bytes"/> (decoded by <see cref="XmlTextDecoder"/>).</summary>
    /// <param name="deadline">Checked node by node, so a parse over its time budget stops where it is.</param>
    public static XElement LoadRoot(byte[] bytes, Deadline deadline = default)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var text = LenientXml.Repair(WithHtmlEntitiesAsReferences(WithoutInvalidCharacters(XmlTextDecoder.Decode(bytes)), deadline));
        try
        {
            RefuseDeepNesting(text, deadline);
            using var reader = XmlReader.Create(new StringReader(text), CreateSettings());
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.DocumentType when !string.IsNullOrWhiteSpace(reader.Value):
                        throw new FeedParseException("refused: the document declares a DTD internal subset (entity declarations are not allowed)");
                    case XmlNodeType.Element:
                        return (XElement)XNode.ReadFrom(reader);
                }
            }
        }
        catch (XmlException ex)
        {
            throw new FeedParseException($"malformed XML: {ex.Message}", ex);
        }

        throw new FeedParseException("malformed XML: no root element");
    }

    /// <summary>One streaming pass over the document that only tracks depth: linear, whatever the nesting.</summary>
    private static void RefuseDeepNesting(string text, Deadline deadline)
    {
        using var reader = XmlReader.Create(new StringReader(text), CreateSettings());
        while (reader.Read())
        {
            deadline.ThrowIfExpired();
            if (reader.NodeType == XmlNodeType.DocumentType && !string.IsNullOrWhiteSpace(reader.Value))
                return; // refused with its own message by the caller
            if (reader.Depth > MaxDepth)
                throw new FeedParseException($"refused: elements nested deeper than {MaxDepth} levels");
        }
    }

    /// <summary>
    /// <c>&amp;nbsp;</c> and the other HTML named entities as numeric character references, outside CDATA
    /// sections (where they are literal text). The five XML entities and unknown names are left alone.
    /// </summary>
    internal static string WithHtmlEntitiesAsReferences(string text, Deadline deadline = default)
    {
        if (!text.Contains('&', StringComparison.Ordinal)) return text;
        var builder = new StringBuilder(text.Length);
        var position = 0;
        // IndexOf rather than a lazy regex: a regex tries every unterminated "<![CDATA[" to the end of
        // the document, which is quadratic in a feed of many of them; this scan is linear.
        while (text.IndexOf(CDataStart, position, StringComparison.Ordinal) is var start and >= 0)
        {
            deadline.ThrowIfExpired();
            var end = text.IndexOf(CDataEnd, start + CDataStart.Length, StringComparison.Ordinal);
            if (end < 0) break; // unterminated: the XML reader reports it; the rest is converted as plain text
            end += CDataEnd.Length;
            builder.Append(NamedEntity().Replace(text[position..start], ToReference));
            builder.Append(text, start, end - start);
            position = end;
        }
        builder.Append(NamedEntity().Replace(text[position..], ToReference));
        return builder.ToString();
    }

    private const string CDataStart = "<![CDATA[";
    private const string CDataEnd = "]]>";

    private static string ToReference(Match m)
    {
        if (m.Groups["name"].Value is "amp" or "lt" or "gt" or "quot" or "apos") return m.Value;
        var decoded = WebUtility.HtmlDecode(m.Value);
        if (decoded == m.Value) return m.Value;
        var builder = new StringBuilder();
        for (var i = 0; i < decoded.Length; i += char.IsSurrogatePair(decoded, i) ? 2 : 1)
            builder.Append("&#").Append(char.ConvertToUtf32(decoded, i)).Append(';');
        return builder.ToString();
    }

    [GeneratedRegex(@"&(?<name>[A-Za-z][A-Za-z0-9]{1,31});", RegexOptions.CultureInvariant)]
    private static partial Regex NamedEntity();

    /// <summary>
    /// Control characters XML forbids (0x0F, 0x1C, ...) turn up in real feeds and would fail the
    /// whole document; they carry no meaning, so they are dropped.
    /// </summary>
    internal static string WithoutInvalidCharacters(string text)
    {
        var firstInvalid = FirstInvalid(text, 0);
        if (firstInvalid < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var start = 0;
        for (var i = firstInvalid; i >= 0; i = FirstInvalid(text, start))
        {
            builder.Append(text, start, i - start);
            start = i + 1;
        }

        return builder.Append(text, start, text.Length - start).ToString();
    }

    private static int FirstInvalid(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}

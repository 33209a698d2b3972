using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace NewsWatch.Feeds;

/// <summary>
/// Loads untrusted XML without entity expansion or external fetches. A DOCTYPE with an internal
/// subset (where entity declarations live: billion laughs, external entities) is refused outright.
/// A bare external DOCTYPE, as old RSS 0.91 feeds carry, is tolerated but never fetched, so only
/// the five predefined entities and character references are ever expanded.
/// </summary>
internal static class SafeXml
{
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
    public static XElement LoadRoot(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var text = WithoutInvalidCharacters(XmlTextDecoder.Decode(bytes));
        try
        {
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

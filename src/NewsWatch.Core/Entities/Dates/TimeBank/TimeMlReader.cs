using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace NewsWatch.Entities.Dates.TimeBank;

/// <summary>
/// Reads TimeML (<c>.tml</c>) documents, one by one or straight out of a <c>.tar.gz</c> such as TempEval-3's
/// TBAQ-cleaned, without unpacking it to disk.
/// </summary>
public static class TimeMlReader
{
    /// <summary>Every <c>.tml</c> entry of a gzipped tar archive, in archive order.</summary>
    public static IEnumerable<TimeMlDocument> ReadArchive(Stream gzippedTar)
    {
        using var gzip = new GZipStream(gzippedTar, CompressionMode.Decompress, leaveOpen: true);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.DataStream is { } data && entry.Name.EndsWith(".tml", StringComparison.OrdinalIgnoreCase))
            {
                yield return Read(entry.Name, data);
            }
        }
    }

    /// <summary>One TimeML document: the DCT, the TEXT element as plain text, and its TIMEX3 spans.</summary>
    public static TimeMlDocument Read(string name, Stream tml)
    {
        // The TimeBank files name an external XSD; nothing here needs it, and nothing may be fetched for it.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var xml = XmlReader.Create(tml, settings);
        DateOnly? creation = null;
        var text = new StringBuilder();
        var timexes = new List<TimexAnnotation>();
        var inDct = false;
        var inText = false;
        (int Start, string Type, string Value)? open = null;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.LocalName == "DCT":
                    inDct = !xml.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when xml.LocalName == "DCT":
                    inDct = false;
                    break;
                case XmlNodeType.Element when xml.LocalName == "TEXT":
                    inText = !xml.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when xml.LocalName == "TEXT":
                    inText = false;
                    break;
                case XmlNodeType.Element when xml.LocalName == "TIMEX3" && inDct:
                    creation ??= ParseDay(xml.GetAttribute("value"));
                    break;
                case XmlNodeType.Element when xml.LocalName == "TIMEX3" && inText && !xml.IsEmptyElement:
                    open = (text.Length, xml.GetAttribute("type") ?? "", xml.GetAttribute("value") ?? "");
                    break;
                case XmlNodeType.EndElement when xml.LocalName == "TIMEX3" && open is { } timex:
                    timexes.Add(new TimexAnnotation(timex.Start, text.Length, timex.Type, timex.Value));
                    open = null;
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when inText:
                    text.Append(xml.Value);
                    break;
            }
        }
        return new TimeMlDocument(name, creation ?? throw new InvalidDataException($"{name}: no document creation time"), text.ToString(), timexes);
    }

    /// <summary>The day of a DCT value ("1989-10-30", "1998-03-31T17:00:00").</summary>
    private static DateOnly? ParseDay(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
}

using System.IO.Compression;
using System.Text;

namespace NewsWatch.Entities.Training;

/// <summary>
/// Reads the GMB NER corpus (<c>ner_dataset.csv.gz</c> or the plain .csv): <c>Sentence #,Word,POS,Tag</c>,
/// the sentence id only on a sentence's first token. Quirks handled: CRLF line ends, quoted fields
/// with doubled quotes (<c>""""</c>, <c>"10,000"</c>), UTF-8 or Latin-1 bytes, Windows-1252 punctuation
/// that arrived as C1 control characters (U+0092 for ’, U+0096 for –), and a cut last sentence.
/// Malformed rows are counted and skipped, never fatal.
/// </summary>
public static class GmbReader
{
    public static GmbCorpus Read(string path)
    {
        var bytes = ReadAllBytes(path);
        var text = Decode(bytes);
        var sentences = new List<GmbSentence>(50_000);
        List<string>? words = null, pos = null, tags = null;
        var number = 0;
        var skipped = 0;
        var fields = new List<string>(4);
        var lineNumber = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (lineNumber++ == 0 || line.IsEmpty)
            {
                continue;
            }

            fields.Clear();
            if (!ParseCsvLine(line, fields) || fields.Count != 4 || fields[1].Length == 0 || !IsTag(fields[3]))
            {
                skipped++;
                continue;
            }

            if (fields[0].Length > 0 || words is null)
            {
                Flush();
                number++;
                words = [];
                pos = [];
                tags = [];
            }

            words.Add(FixWindows1252(fields[1]));
            pos!.Add(fields[2]);
            tags!.Add(fields[3]);
        }

        Flush();
        return new GmbCorpus(sentences, skipped);

        void Flush()
        {
            if (words is { Count: > 0 })
            {
                sentences.Add(new GmbSentence(number, words, pos!, tags!));
            }
        }
    }

    private static byte[] ReadAllBytes(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    /// <summary>C1 controls U+0080–U+009F in this corpus are Windows-1252 bytes decoded as Latin-1; map them to what they meant.</summary>
    private static string FixWindows1252(string word)
    {
        if (!word.AsSpan().ContainsAnyInRange('\u0080', '\u009F'))
        {
            return word;
        }

        var chars = word.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '\u0080' and <= '\u009F')
            {
                chars[i] = Windows1252[chars[i] - 0x80];
            }
        }

        return new string(chars);
    }

    // Code page 1252's 0x80–0x9F; its five unassigned bytes stay as they were.
    private static readonly string Windows1252 =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private static bool IsTag(string tag) =>
        tag == "O" || (tag.Length > 2 && tag[0] is 'B' or 'I' && tag[1] == '-');

    /// <summary>RFC 4180 fields of one line; false when a quote is left open.</summary>
    private static bool ParseCsvLine(ReadOnlySpan<char> line, List<string> fields)
    {
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                var closed = false;
                while (i < line.Length)
                {
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        closed = true;
                        i++;
                        break;
                    }

                    field.Append(line[i++]);
                }

                if (!closed)
                {
                    return false;
                }
            }
            else
            {
                var comma = line[i..].IndexOf(',');
                var end = comma < 0 ? line.Length : i + comma;
                field.Append(line[i..end]);
                i = end;
            }

            fields.Add(field.ToString());
            if (i >= line.Length)
            {
                return true;
            }

            if (line[i] != ',')
            {
                return false;
            }

            i++;
        }
    }
}

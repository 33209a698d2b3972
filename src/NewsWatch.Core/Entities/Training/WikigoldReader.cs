using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsWatch.Entities.Training;

/// <summary>
/// Reads Wikigold (<c>wikigold.conll.gz</c> or plain): <c>token TAG</c> a line, a blank line between sentences,
/// <c>-DOCSTART- O</c> between articles (the first article has none). Non-ASCII tokens in this distribution are
/// RTF-escaped UTF-8 bytes (<c>Stanis\'c5\'82aw</c>, <c>Mili\'c4\uc0\u141 evi\'c4\'87</c>, where <c>\u141 </c>
/// is byte 0x8D); they are decoded back to text.
/// </summary>
public static partial class WikigoldReader
{
    public static IReadOnlyList<WikigoldDocument> Read(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Read(reader);
    }

    public static IReadOnlyList<WikigoldDocument> Read(TextReader reader)
    {
        var documents = new List<WikigoldDocument>();
        var sentences = new List<IReadOnlyList<(string, string)>>();
        var sentence = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            line = line.TrimEnd();
            if (line.Length == 0)
            {
                EndSentence();
                continue;
            }

            // The tag is the last field; an escaped token may itself hold a space ("\u141 evi").
            var space = line.LastIndexOf(' ');
            if (space <= 0)
            {
                continue;
            }

            var word = line[..space];
            var tag = line[(space + 1)..];
            if (word == "-DOCSTART-")
            {
                EndSentence();
                EndDocument();
                continue;
            }

            sentence.Add((Unescape(word), tag));
        }

        EndSentence();
        EndDocument();
        return documents;

        void EndSentence()
        {
            if (sentence.Count > 0)
            {
                sentences.Add(sentence);
                sentence = [];
            }
        }

        void EndDocument()
        {
            if (sentences.Count > 0)
            {
                documents.Add(new WikigoldDocument(sentences));
                sentences = [];
            }
        }
    }

    /// <summary>Turns <c>\'hh</c> and <c>\uN </c> (N &lt; 256) back into bytes and decodes them as UTF-8; <c>\ucN</c> is dropped.</summary>
    internal static string Unescape(string word)
    {
        if (!word.Contains('\\', StringComparison.Ordinal))
        {
            return word;
        }

        var bytes = new List<byte>();
        var i = 0;
        while (i < word.Length)
        {
            Match m;
            if ((m = HexByte().Match(word, i)).Success && m.Index == i)
            {
                bytes.Add(Convert.ToByte(m.Groups[1].Value, 16));
            }
            else if ((m = UnicodeByte().Match(word, i)).Success && m.Index == i)
            {
                var value = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (value < 256)
                {
                    bytes.Add((byte)value);
                }
                else
                {
                    bytes.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32(value)));
                }
            }
            else if ((m = SkipCount().Match(word, i)).Success && m.Index == i)
            {
                // \ucN only says how many fallback bytes follow a \u; there are none here.
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(word[i].ToString()));
                i++;
                continue;
            }

            i += m.Length;
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    [GeneratedRegex(@"\G\\'([0-9a-fA-F]{2})")]
    private static partial Regex HexByte();

    [GeneratedRegex(@"\G\\u([0-9]{1,5}) ?")]
    private static partial Regex UnicodeByte();

    [GeneratedRegex(@"\G\\uc[0-9]")]
    private static partial Regex SkipCount();
}

using System.IO.Compression;
using System.Text;
using System.Text.Json;
using NewsWatch.Entities.Model;
using NewsWatch.Entities.Tokens;

namespace NewsWatch.Entities.Training;

/// <summary>
/// Sentences of unlabelled text for <see cref="WordClusterTrainer"/>, as cluster keys, split and tokenized the way the
/// tagger splits and tokenizes pages.
/// </summary>
public static class UnlabelledText
{
    /// <summary>The GMB sentences before the held-out test slice (its text is never learnt from, even without labels).</summary>
    public static IEnumerable<IReadOnlyList<string>> FromGmb(GmbCorpus corpus) =>
        corpus.Sentences.Take(corpus.TestStart).Select(s => (IReadOnlyList<string>)s.Words.Select(w => WordClusters.Key(w)).ToArray());

    /// <summary>The <c>text</c> field of each line of a JSON-lines file (gzip when it ends in .gz), split into sentences.</summary>
    public static IEnumerable<IReadOnlyList<string>> FromJsonLines(string path)
    {
        using var file = File.OpenRead(path);
        using var stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            if (!json.RootElement.TryGetProperty("text", out var field) || field.GetString() is not { } text || !seen.Add(text))
            {
                continue; // wh-ukraine repeats a few documents under a second kind: count their words once
            }

            foreach (var sentence in Sentences(text))
            {
                yield return sentence;
            }
        }
    }

    public static IEnumerable<IReadOnlyList<string>> Sentences(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var ranges = new List<Range>();
        SentenceSplitter.Split(text, tokens, ranges);
        foreach (var range in ranges)
        {
            var (offset, length) = range.GetOffsetAndLength(tokens.Count);
            var words = new string[length];
            for (var i = 0; i < length; i++)
            {
                words[i] = WordClusters.Key(tokens[offset + i].Slice(text));
            }

            yield return words;
        }
    }
}

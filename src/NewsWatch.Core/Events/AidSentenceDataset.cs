using System.Text;

namespace NewsWatch.Events;

/// <summary>
/// Reads the labelled sentence set (TSV with a <c>label</c> and a <c>sentence</c> column) and splits it
/// into training and held-out parts by a stable hash of the sentence text, so the split never depends on
/// row order, a random seed or the machine, and a sentence added later does not move the others.
/// </summary>
public static class AidSentenceDataset
{
    /// <summary>One sentence in <see cref="HeldOutBuckets"/> of <see cref="Buckets"/> is held out (20%).</summary>
    public const int Buckets = 10;
    public const int HeldOutBuckets = 2;

    public static IReadOnlyList<LabelledSentence> Load(string path)
    {
        var rows = new List<LabelledSentence>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0) continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0) throw new FormatException($"{path}:{lineNumber}: expected 'label<TAB>sentence'.");
            var label = line[..tab].Trim();
            if (!AidSentenceLabel.All.Contains(label)) throw new FormatException($"{path}:{lineNumber}: unknown label '{label}'.");
            rows.Add(new LabelledSentence(label, line[(tab + 1)..].Trim()));
        }
        return rows;
    }

    public static bool IsHeldOut(string sentence) => Bucket(sentence) < HeldOutBuckets;

    /// <summary>The stable bucket (0 to <see cref="Buckets"/> - 1) of a sentence or group, for hold-outs and cross-validation folds.</summary>
    public static int Bucket(string key) => (int)(Hash(key) % Buckets);

    /// <summary>FNV-1a of the UTF-8 text: stable across runs and machines, unlike <see cref="string.GetHashCode()"/>.</summary>
    public static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 16777619u;
        }
        return hash;
    }
}

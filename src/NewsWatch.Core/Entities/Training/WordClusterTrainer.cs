using System.Diagnostics;
using NewsWatch.Entities.Model;

namespace NewsWatch.Entities.Training;

/// <summary>
/// Learns <see cref="WordClusters"/> from unlabelled sentences with the predictive exchange algorithm (Uszkoreit and
/// Brants 2008, after Kneser and Ney's exchange clustering): each word of the vocabulary belongs to one of C classes,
/// and the classes are chosen to maximise the likelihood of the class-bigram model P(w | v) = P(w | c(w)) · P(c(w) | v).
/// Up to constants that likelihood is Σ<sub>v,c</sub> f(N(v,c)) − Σ<sub>c</sub> f(N(c)) with f(x) = x ln x, N(v,c) the
/// count of word v followed by a word of class c and N(c) the count of the class's words, so moving one word only
/// touches the rows of the words that precede it. Passes move each word (most frequent first) to the class that raises
/// the likelihood most, until few words move. No randomness: the same text gives the same table.
/// </summary>
public sealed class WordClusterTrainer
{
    private const int TableSize = 1 << 22;

    private readonly double[] _xLogX;

    public WordClusterTrainer()
    {
        _xLogX = new double[TableSize];
        for (var x = 1; x < TableSize; x++)
        {
            _xLogX[x] = x * Math.Log(x);
        }
    }

    /// <param name="sentences">Tokens of each sentence, already turned into <see cref="WordClusters.Key(ReadOnlySpan{char})"/> keys.</param>
    /// <param name="progress">Receives a line per pass.</param>
    public WordClusters Train(IEnumerable<IReadOnlyList<string>> sentences, WordClusterOptions options, Action<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        // One read of the text: each distinct word gets an id as it is met, and the sentences are kept as ids.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<long>();
        var corpus = new List<int[]>();
        foreach (var sentence in sentences)
        {
            var words = new int[sentence.Count];
            for (var t = 0; t < words.Length; t++)
            {
                if (!ids.TryGetValue(sentence[t], out var id))
                {
                    id = ids.Count;
                    ids.Add(sentence[t], id);
                    counts.Add(0);
                }

                counts[id]++;
                words[t] = id;
            }

            corpus.Add(words);
        }

        // Index 0 is every word below the count floor: it precedes and follows words like any other but keeps a class of its own.
        var vocabulary = ids.Where(p => counts[p.Value] >= options.MinCount)
            .OrderByDescending(p => counts[p.Value]).ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
        var index = new int[ids.Count];
        for (var i = 0; i < vocabulary.Count; i++)
        {
            index[vocabulary[i].Value] = i + 1;
        }

        var v = vocabulary.Count + 1;
        var classes = options.Classes;
        var k = classes + 1; // the rare words' class is the last
        var frequency = new long[v];
        var bigrams = new Dictionary<long, int>();
        long tokens = 0;
        foreach (var words in corpus)
        {
            var previous = -1;
            foreach (var w in words)
            {
                var id = index[w];
                frequency[id]++;
                tokens++;
                if (previous >= 0)
                {
                    var key = ((long)previous << 32) | (uint)id;
                    bigrams[key] = bigrams.GetValueOrDefault(key) + 1;
                }

                previous = id;
            }
        }

        corpus.Clear();
        var (predStart, predWord, predCount) = Predecessors(bigrams, v);
        bigrams.Clear();

        var classOf = new int[v];
        classOf[0] = classes;
        for (var w = 1; w < v; w++)
        {
            classOf[w] = (w - 1) % classes;
        }

        var following = new int[(long)v * k];
        var classCount = new long[k];
        for (var w = 0; w < v; w++)
        {
            classCount[classOf[w]] += frequency[w];
            for (var p = predStart[w]; p < predStart[w + 1]; p++)
            {
                following[(long)predWord[p] * k + classOf[w]] += predCount[p];
            }
        }

        progress?.Invoke($"{tokens:N0} tokens, {vocabulary.Count:N0} words seen at least {options.MinCount} times, {predWord.Length:N0} word bigrams; {clock.Elapsed.TotalSeconds:F1} s");
        var gain = new double[classes];
        for (var pass = 1; pass <= options.MaxPasses; pass++)
        {
            var moved = 0;
            for (var w = 1; w < v; w++)
            {
                var from = classOf[w];
                Shift(w, from, -1, predStart, predWord, predCount, following, k);
                classCount[from] -= frequency[w];

                for (var c = 0; c < classes; c++)
                {
                    gain[c] = XLogX(classCount[c]) - XLogX(classCount[c] + frequency[w]);
                }

                for (var p = predStart[w]; p < predStart[w + 1]; p++)
                {
                    var n = predCount[p];
                    var row = following.AsSpan((int)((long)predWord[p] * k), classes);
                    for (var c = 0; c < classes; c++)
                    {
                        gain[c] += XLogX(row[c] + n) - XLogX(row[c]);
                    }
                }

                var best = from;
                for (var c = 0; c < classes; c++)
                {
                    if (gain[c] > gain[best] + 1e-9)
                    {
                        best = c;
                    }
                }

                Shift(w, best, 1, predStart, predWord, predCount, following, k);
                classCount[best] += frequency[w];
                classOf[w] = best;
                moved += best == from ? 0 : 1;
            }

            progress?.Invoke($"pass {pass}: {moved:N0} words moved; {clock.Elapsed.TotalSeconds:F1} s");
            if (moved <= vocabulary.Count * options.StopFraction)
            {
                break;
            }
        }

        return new WordClusters(vocabulary.Select((word, i) => new KeyValuePair<string, int>(word.Key, classOf[i + 1])));
    }

    private double XLogX(long x) => x < TableSize ? _xLogX[x] : x * Math.Log(x);

    private static void Shift(int word, int cls, int sign, int[] predStart, int[] predWord, int[] predCount, int[] following, int k)
    {
        for (var p = predStart[word]; p < predStart[word + 1]; p++)
        {
            following[(long)predWord[p] * k + cls] += sign * predCount[p];
        }
    }

    /// <summary>For each word, the words seen right before it and how often, as compressed rows.</summary>
    private static (int[] Start, int[] Word, int[] Count) Predecessors(Dictionary<long, int> bigrams, int v)
    {
        var start = new int[v + 1];
        foreach (var key in bigrams.Keys)
        {
            start[(int)(key & 0xFFFFFFFF) + 1]++;
        }

        for (var w = 0; w < v; w++)
        {
            start[w + 1] += start[w];
        }

        var fill = (int[])start.Clone();
        var word = new int[bigrams.Count];
        var count = new int[bigrams.Count];
        foreach (var (key, n) in bigrams.OrderBy(p => p.Key))
        {
            var w = (int)(key & 0xFFFFFFFF);
            word[fill[w]] = (int)(key >> 32);
            count[fill[w]++] = n;
        }

        return (start, word, count);
    }
}

/// <summary>Settings of <see cref="WordClusterTrainer"/>.</summary>
public sealed record WordClusterOptions
{
    /// <summary>How many classes the vocabulary is split into.</summary>
    public int Classes { get; init; } = 256;

    /// <summary>Words seen fewer times than this get no class (too little evidence to place them).</summary>
    public int MinCount { get; init; } = 3;

    public int MaxPasses { get; init; } = 15;

    /// <summary>Stop once a pass moves no more than this share of the vocabulary.</summary>
    public double StopFraction { get; init; } = 0.002;
}

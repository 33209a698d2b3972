using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using NewsWatch.Entities.Tokens;

namespace NewsWatch.Entities.Model;

/// <summary>
/// The trained entity model, ready to label sentences fast. The ML.NET model file is read once;
/// its linear weights and biases are pulled out into one feature-major array so a token is
/// scored with a few dozen cache-friendly additions (an ML.NET PredictionEngine per token is
/// orders of magnitude slower). Immutable and thread-safe once loaded.
/// </summary>
public sealed class NerModel
{
    // Feature slot → row of _rows (or -1 when L1 left the slot all zero): far smaller than a dense
    // slot × class table, so the rows a text touches mostly stay in cache.
    private readonly int[] _rowOf;
    private readonly float[] _rows;
    private readonly float[] _biases;
    private readonly float[] _transitions;

    public NerModel(NerModelConfig config, float[] weights, float[] biases, TokenLexicon lexicon, WordClusters? clusters = null)
    {
        if (config.FeatureVersion is < FeatureExtractor.OldestFeatureVersion or > FeatureExtractor.FeatureVersion)
        {
            throw new InvalidDataException($"The model was trained with feature version {config.FeatureVersion}; this build computes versions {FeatureExtractor.OldestFeatureVersion}..{FeatureExtractor.FeatureVersion}. Retrain it.");
        }

        if (!config.Labels.SequenceEqual(Enumerable.Range(0, NerLabels.Count).Select(NerLabels.Name)))
        {
            throw new InvalidDataException("The model's labels differ from this build's label set. Retrain it.");
        }

        Config = config;
        Features = new FeatureExtractor(config.HashBits, config.FeatureVersion, clusters);
        if (weights.Length != Features.Dimension * NerLabels.Count || biases.Length != NerLabels.Count)
        {
            throw new InvalidDataException("The model's weight shape does not match its configuration.");
        }

        Lexicon = lexicon;
        (_rowOf, _rows) = Compact(weights);
        _biases = biases;
        _transitions = config.Transitions;
    }

    public NerModelConfig Config { get; }

    public FeatureExtractor Features { get; }

    public TokenLexicon Lexicon { get; }

    /// <summary>The word classes the features read (feature version 3 on), saved in the same zip.</summary>
    public WordClusters? Clusters => Features.Clusters;

    /// <summary>Bytes held by the weight arrays (what loading the model costs in memory).</summary>
    public long WeightBytes => ((long)_rowOf.Length + _rows.Length + _biases.Length + _transitions.Length) * sizeof(float);

    /// <summary>Loads an ML.NET multiclass linear model (maximum entropy) saved with its <see cref="NerModelConfig"/> entry.</summary>
    public static NerModel Load(string path, TokenLexicon lexicon)
    {
        NerModelConfig config;
        WordClusters? clusters = null;
        using (var zip = ZipFile.OpenRead(path))
        {
            var entry = zip.GetEntry(NerModelConfig.EntryName)
                ?? throw new InvalidDataException($"{path} has no {NerModelConfig.EntryName}: not a NewsWatch entity model.");
            using (var stream = entry.Open())
            {
                config = JsonSerializer.Deserialize<NerModelConfig>(stream)
                    ?? throw new InvalidDataException($"{path}: empty {NerModelConfig.EntryName}.");
            }

            if (config.FeatureVersion >= FeatureExtractor.ClusterVersion)
            {
                var table = zip.GetEntry(ClustersEntryName)
                    ?? throw new InvalidDataException($"{path}: feature version {config.FeatureVersion} needs the word classes ({ClustersEntryName}), and the file has none.");
                using var reader = new StreamReader(table.Open(), System.Text.Encoding.UTF8);
                clusters = WordClusters.Read(reader);
            }
        }

        var ml = new MLContext(seed: config.Seed);
        var transformer = ml.Model.Load(path, out _);
        var parameters = FindParameters(transformer)
            ?? throw new InvalidDataException($"{path} holds no multiclass linear model.");
        return FromParameters(config, parameters, lexicon, clusters);
    }

    /// <summary>The zip entry holding the word classes of a version-3 model.</summary>
    public const string ClustersEntryName = "NewsWatch/clusters.tsv";

    /// <summary>Copies the per-class weight vectors of a trained ML.NET model into the feature-major layout the scorer reads.</summary>
    public static NerModel FromParameters(NerModelConfig config, LinearMulticlassModelParametersBase parameters, TokenLexicon lexicon, WordClusters? clusters = null)
    {
        VBuffer<float>[] perClass = [];
        parameters.GetWeights(ref perClass, out var classes);
        if (classes != NerLabels.Count)
        {
            throw new InvalidDataException($"The model has {classes} classes, expected {NerLabels.Count}.");
        }

        var dimension = 1 << config.HashBits;
        var weights = new float[dimension * classes];
        for (var c = 0; c < classes; c++)
        {
            var row = perClass[c];
            if (row.Length != dimension)
            {
                throw new InvalidDataException($"The model's weight vectors have {row.Length} slots, expected {dimension}.");
            }

            var values = row.GetValues();
            if (row.IsDense)
            {
                for (var f = 0; f < values.Length; f++)
                {
                    weights[f * classes + c] = values[f];
                }
            }
            else
            {
                var indices = row.GetIndices();
                for (var k = 0; k < values.Length; k++)
                {
                    weights[indices[k] * classes + c] = values[k];
                }
            }
        }

        return new NerModel(config, weights, parameters.GetBiases().ToArray(), lexicon, clusters);
    }

    /// <summary>The same model with other decoding settings (the trainer tries transition weights on the dev set).</summary>
    public NerModel With(NerModelConfig config) => new(config, Expand(), _biases, Lexicon, Clusters);

    /// <summary>Count of non-zero weights (what L1 regularisation left).</summary>
    public long NonZeroWeights => _rows.LongCount(w => w != 0f);

    private static (int[] RowOf, float[] Rows) Compact(float[] weights)
    {
        const int classes = NerLabels.Count;
        var rowOf = new int[weights.Length / classes];
        var rows = new List<float>();
        for (var slot = 0; slot < rowOf.Length; slot++)
        {
            var row = weights.AsSpan(slot * classes, classes);
            if (row.ContainsAnyExcept(0f))
            {
                rowOf[slot] = rows.Count / classes;
                rows.AddRange(row);
            }
            else
            {
                rowOf[slot] = -1;
            }
        }

        return (rowOf, rows.ToArray());
    }

    private float[] Expand()
    {
        const int classes = NerLabels.Count;
        var weights = new float[_rowOf.Length * classes];
        for (var slot = 0; slot < _rowOf.Length; slot++)
        {
            if (_rowOf[slot] >= 0)
            {
                _rows.AsSpan(_rowOf[slot] * classes, classes).CopyTo(weights.AsSpan(slot * classes));
            }
        }

        return weights;
    }

    private static LinearMulticlassModelParametersBase? FindParameters(ITransformer transformer) => transformer switch
    {
        ISingleFeaturePredictionTransformer<object> single => single.Model as LinearMulticlassModelParametersBase,
        IEnumerable<ITransformer> chain => chain.Select(FindParameters).LastOrDefault(p => p is not null),
        _ => null,
    };

    /// <summary>
    /// Labels one sentence: <paramref name="labels"/>[t] gets the BIO label id of tokens[t] and
    /// <paramref name="confidence"/>[t] the model's probability of that label.
    /// </summary>
    public void Label(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<int> labels, Span<float> confidence)
    {
        var n = tokens.Length;
        if (n == 0)
        {
            return;
        }

        const int classes = NerLabels.Count;
        var hits = new LexiconHit[n];
        Lexicon.Annotate(text, tokens, hits);
        var indexes = new List<int>(n * 48);
        var ends = new int[n];
        Features.Extract(text, tokens, hits, indexes, ends);

        var scores = new float[n * classes];
        // Look every slot up first: the loads are independent, so their cache misses overlap.
        var rows = new int[indexes.Count];
        for (var k = 0; k < rows.Length; k++)
        {
            rows[k] = _rowOf[indexes[k]];
        }

        var start = 0;
        for (var t = 0; t < n; t++)
        {
            var row = scores.AsSpan(t * classes, classes);
            _biases.CopyTo(row);
            for (var k = start; k < ends[t]; k++)
            {
                if (rows[k] < 0)
                {
                    continue;
                }

                var w = _rows.AsSpan(rows[k] * classes, classes);
                for (var c = 0; c < classes; c++)
                {
                    row[c] += w[c];
                }
            }

            LogSoftmax(row);
            start = ends[t];
        }

        BioDecoder.Decode(scores, classes, _transitions, labels);
        for (var t = 0; t < n; t++)
        {
            confidence[t] = MathF.Exp(scores[t * classes + labels[t]]);
        }
    }

    private static void LogSoftmax(Span<float> row)
    {
        var max = float.NegativeInfinity;
        foreach (var v in row)
        {
            max = MathF.Max(max, v);
        }

        var sum = 0f;
        foreach (var v in row)
        {
            sum += MathF.Exp(v - max);
        }

        var log = max + MathF.Log(sum);
        for (var c = 0; c < row.Length; c++)
        {
            row[c] -= log;
        }
    }
}

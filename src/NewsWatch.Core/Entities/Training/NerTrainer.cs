using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using NewsWatch.Entities.Model;
using NewsWatch.Entities.People;

namespace NewsWatch.Entities.Training;

/// <summary>
/// Trains the entity model on GMB: maps the corpus labels (<see cref="GmbLabelMapper"/>), hashes each
/// token's features into a sparse vector, fits ML.NET's L-BFGS maximum-entropy multiclass classifier
/// (fixed seed, one thread, so the same command gives the same file), estimates label-bigram
/// transitions for the decoder, picks the transition weight on the dev set, and saves the ML.NET
/// model with a <see cref="NerModelConfig"/> entry. Never sees the test split.
/// </summary>
public sealed class NerTrainer
{
    private readonly TokenLexicon _lexicon;
    private readonly GmbLabelMapper _mapper;
    private readonly IReadOnlyList<string> _givenNames;

    /// <param name="givenNames">Given names the unseen-name augmentation draws from (the first-name gazetteer).</param>
    public NerTrainer(TokenLexicon lexicon, GmbLabelMapper mapper, IReadOnlyList<string>? givenNames = null)
    {
        _lexicon = lexicon;
        _mapper = mapper;
        _givenNames = givenNames ?? [];
    }

    /// <param name="progress">Receives a line at each stage (and ML.NET's optimiser messages), for a person watching.</param>
    public NerTrainingReport Train(GmbCorpus corpus, NerTrainingOptions options, string outputPath, Action<string>? progress = null)
    {
        var total = Stopwatch.StartNew();
        var extractor = new FeatureExtractor(options.HashBits, options.FeatureVersion, options.Clusters);
        var examples = new List<Example>(1_000_000);
        var bigrams = new double[(NerLabels.Count + 1) * NerLabels.Count];
        var trainSentences = 0;
        var withPeople = 0;
        var augmenter = new UnseenNameAugmenter(options.Seed, _givenNames);
        var cleaner = options.CleanPersonLabels ? new PersonLabelCleaner(NonPersonNames.Shared) : null;
        var cleaned = 0;
        foreach (var sentence in corpus.Train.Take(options.SentenceLimit ?? int.MaxValue))
        {
            var labeled = _mapper.Map(sentence);
            if (cleaner is not null)
            {
                labeled = cleaner.Clean(labeled, out var removed);
                cleaned += removed;
            }

            AddExamples(labeled, extractor, examples);
            if (options.UnseenNamesEvery > 0 && UnseenNameAugmenter.NamesAPerson(labeled) && withPeople++ % options.UnseenNamesEvery == 0)
            {
                AddExamples(augmenter.Rename(labeled), extractor, examples);
            }

            if (trainSentences % options.TitleCaseEvery == 0)
            {
                // Headlines ("Putin Will Go To War With NATO") are common in page text and absent from GMB.
                AddExamples(labeled.TitleCased(), extractor, examples);
            }

            CountBigrams(labeled.Labels, bigrams);
            trainSentences++;
        }

        var dev = corpus.Dev.Select(_mapper.Map).ToList();
        var featureTime = total.Elapsed;
        progress?.Invoke($"labelled and hashed {examples.Count} tokens in {featureTime.TotalSeconds:F1} s; {cleaned} PERSON spans relabelled O as no person");

        var ml = new MLContext(seed: options.Seed);
        if (progress is not null)
        {
            ml.Log += (_, e) =>
            {
                if (e.Source.Contains("LBFGS", StringComparison.OrdinalIgnoreCase) || e.Source.Contains("Maximum", StringComparison.OrdinalIgnoreCase))
                {
                    progress(e.Message);
                }
            };
        }

        var schema = SchemaDefinition.Create(typeof(Example));
        schema[nameof(Example.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, extractor.Dimension);
        schema[nameof(Example.Label)].ColumnType = new KeyDataViewType(typeof(uint), NerLabels.Count);
        var data = ml.Data.LoadFromEnumerable(examples, schema);
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(Example.Label),
            FeatureColumnName = nameof(Example.Features),
            L1Regularization = options.L1,
            L2Regularization = options.L2,
            MaximumNumberOfIterations = options.MaxIterations,
            NumberOfThreads = 1,
        });
        var trainStart = total.Elapsed;
        var fitted = trainer.Fit(data);
        var trainTime = total.Elapsed - trainStart;
        progress?.Invoke($"ML.NET fit: {trainTime.TotalSeconds:F1} s");

        var logTransitions = LogProbabilities(bigrams);
        var baseModel = NerModel.FromParameters(Config(options, logTransitions, 0f), fitted.Model, _lexicon, options.Clusters);
        var trials = new List<(float Weight, double MicroF1)>();
        var best = (Weight: 0f, Scores: (EntityScores?)null);
        foreach (var weight in options.TransitionWeights)
        {
            var scores = NerEvaluator.ModelOnly(baseModel.With(Config(options, logTransitions, weight)), dev);
            trials.Add((weight, scores.MicroF1));
            if (best.Scores is null || scores.MicroF1 > best.Scores.MicroF1)
            {
                best = (weight, scores);
            }
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        ml.Model.Save(fitted, data.Schema, outputPath);
        using (var zip = ZipFile.Open(outputPath, ZipArchiveMode.Update))
        {
            using (var stream = zip.CreateEntry(NerModelConfig.EntryName, CompressionLevel.Optimal).Open())
            {
                JsonSerializer.Serialize(stream, Config(options, logTransitions, best.Weight));
            }

            if (options.FeatureVersion >= FeatureExtractor.ClusterVersion)
            {
                using var writer = new StreamWriter(zip.CreateEntry(NerModel.ClustersEntryName, CompressionLevel.Optimal).Open(), new System.Text.UTF8Encoding(false));
                options.Clusters!.Write(writer);
            }
        }

        return new NerTrainingReport(
            trainSentences, examples.Count, dev.Count, featureTime, trainTime, total.Elapsed, best.Weight, trials,
            baseModel.NonZeroWeights, new FileInfo(outputPath).Length, best.Scores!);
    }

    private void AddExamples(LabeledSentence sentence, FeatureExtractor extractor, List<Example> examples)
    {
        var n = sentence.Tokens.Length;
        var hits = new LexiconHit[n];
        _lexicon.Annotate(sentence.Text, sentence.Tokens, hits);
        var indexes = new List<int>(n * 48);
        var ends = new int[n];
        extractor.Extract(sentence.Text, sentence.Tokens, hits, indexes, ends);
        var start = 0;
        for (var t = 0; t < n; t++)
        {
            examples.Add(new Example
            {
                Features = SparseCounts(indexes, start, ends[t], extractor.Dimension),
                Label = (uint)sentence.Labels[t],
            });
            start = ends[t];
        }
    }

    /// <summary>A sorted sparse vector; an index hashed twice counts twice, as the scorer adds its weight twice.</summary>
    private static VBuffer<float> SparseCounts(List<int> indexes, int start, int end, int dimension)
    {
        var slice = indexes.GetRange(start, end - start);
        slice.Sort();
        var keys = new List<int>(slice.Count);
        var values = new List<float>(slice.Count);
        foreach (var index in slice)
        {
            if (keys.Count > 0 && keys[^1] == index)
            {
                values[^1] += 1f;
            }
            else
            {
                keys.Add(index);
                values.Add(1f);
            }
        }

        return new VBuffer<float>(dimension, keys.Count, values.ToArray(), keys.ToArray());
    }

    private static void CountBigrams(int[] labels, double[] counts)
    {
        var previous = NerLabels.Count;
        foreach (var label in labels)
        {
            counts[previous * NerLabels.Count + label]++;
            previous = label;
        }
    }

    /// <summary>log P(label | previous) with add-one smoothing over the transitions BIO allows.</summary>
    private static float[] LogProbabilities(double[] counts)
    {
        const int c = NerLabels.Count;
        var result = new float[counts.Length];
        for (var p = 0; p <= c; p++)
        {
            var previous = p == c ? -1 : p;
            var total = 0.0;
            for (var y = 0; y < c; y++)
            {
                total += NerLabels.IsAllowed(previous, y) ? counts[p * c + y] + 1 : 0;
            }

            for (var y = 0; y < c; y++)
            {
                result[p * c + y] = NerLabels.IsAllowed(previous, y) ? (float)Math.Log((counts[p * c + y] + 1) / total) : -1e4f;
            }
        }

        return result;
    }

    private static NerModelConfig Config(NerTrainingOptions options, float[] logTransitions, float weight) => new()
    {
        FeatureVersion = options.FeatureVersion,
        HashBits = options.HashBits,
        Labels = [.. Enumerable.Range(0, NerLabels.Count).Select(NerLabels.Name)],
        Transitions = [.. logTransitions.Select(v => v * weight)],
        TransitionWeight = weight,
        Trainer = $"ML.NET LbfgsMaximumEntropy L1={options.L1} L2={options.L2} maxIterations={options.MaxIterations}",
        Seed = options.Seed,
    };

    private sealed class Example
    {
        public VBuffer<float> Features;
        public uint Label;
    }
}

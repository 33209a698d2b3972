using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace NewsWatch.Events;

/// <summary>
/// A trained ML.NET model behind a pool of prediction engines: an engine is not thread-safe and is costly
/// to build, so engines are reused across calls and threads rather than made per call.
/// </summary>
public sealed class PooledPredictor<TIn, TOut> where TIn : class where TOut : class, new()
{
    private readonly ObjectPool<PredictionEngine<TIn, TOut>> _engines;

    public PooledPredictor(MLContext ml, ITransformer model)
    {
        _engines = new DefaultObjectPool<PredictionEngine<TIn, TOut>>(new EnginePolicy(ml, model), Environment.ProcessorCount * 2);
        var engine = _engines.Get();
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        engine.OutputSchema["Score"].GetSlotNames(ref names);
        ScoreLabels = names.DenseValues().Select(n => n.ToString()).ToList();
        _engines.Return(engine);
    }

    /// <summary>The labels of the model's score slots, in slot order.</summary>
    public IReadOnlyList<string> ScoreLabels { get; }

    /// <summary>The score slot of <paramref name="label"/>; a model without it is the wrong file.</summary>
    public int SlotOf(string label)
    {
        var slot = ScoreLabels.ToList().IndexOf(label);
        return slot >= 0 ? slot : throw new InvalidDataException($"The model has no '{label}' label (it has {string.Join(", ", ScoreLabels)}).");
    }

    public static PooledPredictor<TIn, TOut> Load(string path)
    {
        var ml = new MLContext(AidSentenceTrainer.DefaultSeed);
        using var stream = File.OpenRead(path);
        return new PooledPredictor<TIn, TOut>(ml, ml.Model.Load(stream, out _));
    }

    /// <summary>Runs <paramref name="predict"/> with an engine of the pool (several predictions share one engine this way).</summary>
    public T Use<T>(Func<PredictionEngine<TIn, TOut>, T> predict)
    {
        var engine = _engines.Get();
        try
        {
            return predict(engine);
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    private sealed class EnginePolicy(MLContext ml, ITransformer model) : IPooledObjectPolicy<PredictionEngine<TIn, TOut>>
    {
        public PredictionEngine<TIn, TOut> Create() => ml.Model.CreatePredictionEngine<TIn, TOut>(model);

        public bool Return(PredictionEngine<TIn, TOut> obj) => true;
    }
}

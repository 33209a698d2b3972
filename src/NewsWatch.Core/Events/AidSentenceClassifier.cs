using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace NewsWatch.Events;

/// <summary>
/// The trained aid-sentence model, loaded once. A <see cref="PredictionEngine{TSrc,TDst}"/> is not
/// thread-safe and is costly to build, so engines are pooled and reused rather than made per call.
/// </summary>
public sealed class AidSentenceClassifier
{
    private readonly ObjectPool<PredictionEngine<AidSentenceInput, AidSentenceOutput>> _engines;
    private readonly int _pledge;
    private readonly int _delivery;

    public AidSentenceClassifier(MLContext ml, ITransformer model)
    {
        _engines = new DefaultObjectPool<PredictionEngine<AidSentenceInput, AidSentenceOutput>>(new EnginePolicy(ml, model), Environment.ProcessorCount * 2);
        var engine = _engines.Get();
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        engine.OutputSchema["Score"].GetSlotNames(ref names);
        var labels = names.DenseValues().Select(n => n.ToString()).ToList();
        _engines.Return(engine);
        _pledge = labels.IndexOf(AidSentenceLabel.Pledge);
        _delivery = labels.IndexOf(AidSentenceLabel.Delivery);
        if (_pledge < 0 || _delivery < 0) throw new InvalidDataException("The aid-sentence model has no pledge or delivery label.");
    }

    public static AidSentenceClassifier Load(string path)
    {
        var ml = new MLContext(AidSentenceTrainer.DefaultSeed);
        using var stream = File.OpenRead(path);
        var model = ml.Model.Load(stream, out _);
        return new AidSentenceClassifier(ml, model);
    }

    public AidSentencePrediction Classify(string sentence)
    {
        var engine = _engines.Get();
        try
        {
            var output = engine.Predict(new AidSentenceInput { Text = AidSentenceInput.Prepare(sentence) });
            var (pledge, delivery) = (output.Score[_pledge], output.Score[_delivery]);
            return new AidSentencePrediction(output.PredictedLabel, output.Score.Max(), pledge + delivery,
                pledge >= delivery ? AidSentenceLabel.Pledge : AidSentenceLabel.Delivery);
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    private sealed class EnginePolicy(MLContext ml, ITransformer model) : IPooledObjectPolicy<PredictionEngine<AidSentenceInput, AidSentenceOutput>>
    {
        public PredictionEngine<AidSentenceInput, AidSentenceOutput> Create() => ml.Model.CreatePredictionEngine<AidSentenceInput, AidSentenceOutput>(model);

        public bool Return(PredictionEngine<AidSentenceInput, AidSentenceOutput> obj) => true;
    }
}

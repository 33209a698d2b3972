using Microsoft.ML;

namespace NewsWatch.Events;

/// <summary>The trained aid-sentence model, loaded once, its prediction engines pooled (<see cref="PooledPredictor{TIn,TOut}"/>).</summary>
public sealed class AidSentenceClassifier
{
    private readonly PooledPredictor<AidSentenceInput, AidSentenceOutput> _model;
    private readonly int _pledge;
    private readonly int _delivery;

    public AidSentenceClassifier(MLContext ml, ITransformer model) : this(new PooledPredictor<AidSentenceInput, AidSentenceOutput>(ml, model))
    {
    }

    private AidSentenceClassifier(PooledPredictor<AidSentenceInput, AidSentenceOutput> model)
    {
        _model = model;
        _pledge = model.ScoreLabels.ToList().IndexOf(AidSentenceLabel.Pledge);
        _delivery = model.ScoreLabels.ToList().IndexOf(AidSentenceLabel.Delivery);
        if (_pledge < 0 || _delivery < 0) throw new InvalidDataException("The aid-sentence model has no pledge or delivery label.");
    }

    public static AidSentenceClassifier Load(string path) => new(PooledPredictor<AidSentenceInput, AidSentenceOutput>.Load(path));

    public AidSentencePrediction Classify(string sentence)
    {
        var output = _model.Use(engine => engine.Predict(new AidSentenceInput { Text = AidSentenceInput.Prepare(sentence) }));
        var (pledge, delivery) = (output.Score[_pledge], output.Score[_delivery]);
        return new AidSentencePrediction(output.PredictedLabel, output.Score.Max(), pledge + delivery,
            pledge >= delivery ? AidSentenceLabel.Pledge : AidSentenceLabel.Delivery);
    }
}

namespace NewsWatch.Events;

/// <summary>The trained aid-sentence model, loaded once, its prediction engines pooled (<see cref="PooledPredictor{TIn,TOut}"/>).</summary>
public sealed class AidSentenceClassifier
{
    private readonly PooledPredictor<AidSentenceInput, AidSentenceOutput> _model;
    private readonly int _pledge;
    private readonly int _delivery;

    private AidSentenceClassifier(PooledPredictor<AidSentenceInput, AidSentenceOutput> model)
    {
        _model = model;
        _pledge = model.SlotOf(AidSentenceLabel.Pledge);
        _delivery = model.SlotOf(AidSentenceLabel.Delivery);
    }

    public static AidSentenceClassifier Load(string path) => new(PooledPredictor<AidSentenceInput, AidSentenceOutput>.Load(path));

    public AidSentencePrediction Classify(string sentence)
    {
        var output = _model.Use(engine => engine.Predict(AidSentenceInput.For(sentence)));
        var (pledge, delivery) = (output.Score[_pledge], output.Score[_delivery]);
        return new AidSentencePrediction(output.PredictedLabel, output.Score.Max(), pledge + delivery,
            pledge >= delivery ? AidSentenceLabel.Pledge : AidSentenceLabel.Delivery);
    }
}

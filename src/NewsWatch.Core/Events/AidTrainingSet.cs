namespace NewsWatch.Events;

/// <summary>
/// The sentences the aid classifier learns from, weighted as <c>train-events</c> and the cross-validated benchmark
/// both weigh them: the written sentences repeated so the many plain government sentences do not drown them, and
/// the GMB news sentences and the fixture sets' sentences (<see cref="Evaluation.FixtureSentences"/>) repeated as asked.
/// </summary>
public static class AidTrainingSet
{
    public static List<LabelledSentence> Compose(
        IEnumerable<LabelledSentence> written, IEnumerable<LabelledSentence> real, IEnumerable<LabelledSentence> news, int writtenRepeats, int newsRepeats,
        IEnumerable<LabelledSentence>? fixtures = null, int fixtureRepeats = 1) =>
        Repeat(written, writtenRepeats).Concat(real).Concat(Repeat(news, newsRepeats)).Concat(Repeat(fixtures ?? [], fixtureRepeats)).ToList();

    private static IEnumerable<LabelledSentence> Repeat(IEnumerable<LabelledSentence> sentences, int times)
    {
        var list = sentences.ToList();
        return Enumerable.Repeat(list, times).SelectMany(x => x);
    }
}

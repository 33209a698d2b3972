namespace NewsWatch.Events;

/// <summary>
/// The sentences the aid classifier learns from, weighted as <c>train-events</c> and the cross-validated benchmark
/// both weigh them: the written sentences repeated so the many plain government sentences do not drown them, and
/// the GMB news sentences repeated as asked.
/// </summary>
public static class AidTrainingSet
{
    public static List<LabelledSentence> Compose(
        IEnumerable<LabelledSentence> written, IEnumerable<LabelledSentence> real, IEnumerable<LabelledSentence> news, int writtenRepeats, int newsRepeats)
    {
        var w = written.ToList();
        var n = news.ToList();
        return Enumerable.Repeat(w, writtenRepeats).SelectMany(x => x).Concat(real).Concat(Enumerable.Repeat(n, newsRepeats).SelectMany(x => x)).ToList();
    }
}

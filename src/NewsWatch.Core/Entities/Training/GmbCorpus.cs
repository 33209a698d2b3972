namespace NewsWatch.Entities.Training;

/// <summary>
/// The GMB sentences in file order and the fixed split every verb uses: the last 10% of
/// sentences are the held-out test set (never trained on); the last 5% of the whole corpus
/// before it is the dev set for tuning; the rest trains.
/// </summary>
public sealed record GmbCorpus(IReadOnlyList<GmbSentence> Sentences, int SkippedRows)
{
    public int TestStart => (int)(Sentences.Count * 0.9);

    public int DevStart => (int)(Sentences.Count * 0.85);

    public IEnumerable<GmbSentence> Train => Sentences.Take(DevStart);

    public IEnumerable<GmbSentence> Dev => Sentences.Take(TestStart).Skip(DevStart);

    public IEnumerable<GmbSentence> Test => Sentences.Skip(TestStart);
}

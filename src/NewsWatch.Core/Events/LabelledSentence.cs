namespace NewsWatch.Events;

/// <summary>
/// One labelled aid sentence: a written one (<c>models/training/aid_sentences.tsv</c>) or a real one, whose
/// <paramref name="Group"/> (its document, or a run of GMB sentences) keeps a held-out part from sharing a
/// document with the training part.
/// </summary>
public sealed record LabelledSentence(string Label, string Text, string? Group = null)
{
    /// <summary>Held out by its group when it has one, else by its text (<see cref="AidSentenceDataset.IsHeldOut"/>).</summary>
    public bool IsHeldOut => AidSentenceDataset.IsHeldOut(Group ?? Text);
}

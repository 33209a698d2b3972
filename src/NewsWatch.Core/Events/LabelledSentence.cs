namespace NewsWatch.Events;

/// <summary>One row of the labelled aid-sentence set (<c>models/training/aid_sentences.tsv</c>).</summary>
public sealed record LabelledSentence(string Label, string Text);

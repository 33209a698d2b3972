namespace NewsWatch.Events;

/// <summary>The classifier's verdict on one sentence: the most probable label and its probability.</summary>
public readonly record struct AidSentencePrediction(string Label, float Probability);

namespace NewsWatch.Events;

/// <summary>
/// The classifier's verdict on one sentence: the most probable <see cref="Label"/> and its probability,
/// and how likely the sentence announces aid at all (<see cref="EventProbability"/>, pledge plus delivery)
/// with the more likely of those two as <see cref="Measure"/>. A sentence torn between pledge and delivery
/// is still an aid announcement.
/// </summary>
public readonly record struct AidSentencePrediction(string Label, float Probability, float EventProbability, string Measure);

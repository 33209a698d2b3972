using System.Text;
using Microsoft.ML.Data;

namespace NewsWatch.Events;

/// <summary>The classifier's input row. <see cref="Text"/> is the sentence after <see cref="Prepare"/>.</summary>
public sealed class AidSentenceInput
{
    public string Label { get; set; } = "";
    public string Text { get; set; } = "";

    /// <summary>The sentence's <see cref="AidSentenceCueWords"/>.</summary>
    public string Cues { get; set; } = "";

    /// <summary>The row the classifier reads for a sentence, in training and at inference alike.</summary>
    public static AidSentenceInput For(string sentence, string label = "") =>
        new() { Label = label, Text = Prepare(sentence), Cues = AidSentenceCueWords.Of(sentence) };

    /// <summary>
    /// A wire dateline ("BERLIN (AFP) - ") is dropped, as it says nothing about aid, and digits become 0
    /// so "$2.3 billion" and "$400 million" share features: the classifier should learn the shape of an
    /// amount, not particular numbers. Training and inference both go through here.
    /// </summary>
    public static string Prepare(string sentence)
    {
        var sb = new StringBuilder(sentence.Length);
        foreach (var c in sentence.AsSpan(SentenceCues.DatelineLength(sentence))) sb.Append(char.IsDigit(c) ? '0' : c);
        return sb.ToString();
    }
}

/// <summary>The classifier's output row: the predicted label and one probability per label.</summary>
public sealed class AidSentenceOutput
{
    [ColumnName("PredictedLabel")] public string PredictedLabel { get; set; } = "";
    [ColumnName("Score")] public float[] Score { get; set; } = [];
}

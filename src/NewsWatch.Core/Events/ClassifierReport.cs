using System.Globalization;
using System.Text;

namespace NewsWatch.Events;

/// <summary>Per-class precision, recall and F1 of the aid-sentence classifier on a labelled set, plus the confusion matrix.</summary>
public sealed class ClassifierReport
{
    private readonly Dictionary<(string Gold, string Predicted), int> _confusion = [];

    public int Count { get; private set; }
    public int Correct { get; private set; }

    public static ClassifierReport Evaluate(AidSentenceClassifier classifier, IEnumerable<LabelledSentence> sentences)
    {
        var report = new ClassifierReport();
        foreach (var s in sentences) report.Add(s.Label, classifier.Classify(s.Text).Label);
        return report;
    }

    public void Add(string gold, string predicted)
    {
        Count++;
        if (gold == predicted) Correct++;
        _confusion[(gold, predicted)] = _confusion.GetValueOrDefault((gold, predicted)) + 1;
    }

    public double Accuracy => Count == 0 ? 0 : (double)Correct / Count;

    public (double Precision, double Recall, double F1, int Support) For(string label)
    {
        var tp = _confusion.GetValueOrDefault((label, label));
        var predicted = _confusion.Where(kv => kv.Key.Predicted == label).Sum(kv => kv.Value);
        var support = _confusion.Where(kv => kv.Key.Gold == label).Sum(kv => kv.Value);
        var p = predicted == 0 ? 0 : (double)tp / predicted;
        var r = support == 0 ? 0 : (double)tp / support;
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return (p, r, f, support);
    }

    /// <summary>A Markdown table per class, then macro averages, accuracy and the confusion matrix (rows gold, columns predicted).</summary>
    public string ToMarkdown()
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("| label | precision | recall | F1 | support |");
        sb.AppendLine("|---|---|---|---|---|");
        double mp = 0, mr = 0, mf = 0;
        foreach (var label in AidSentenceLabel.All)
        {
            var (p, r, f, n) = For(label);
            mp += p; mr += r; mf += f;
            sb.AppendLine(ci, $"| {label} | {p:F3} | {r:F3} | {f:F3} | {n} |");
        }
        var k = AidSentenceLabel.All.Count;
        sb.AppendLine(ci, $"| macro avg | {mp / k:F3} | {mr / k:F3} | {mf / k:F3} | {Count} |");
        sb.AppendLine();
        sb.AppendLine(ci, $"Accuracy {Accuracy:F3} ({Correct}/{Count}).");
        sb.AppendLine();
        sb.AppendLine("| gold \\ predicted | " + string.Join(" | ", AidSentenceLabel.All) + " |");
        sb.AppendLine("|---" + string.Concat(Enumerable.Repeat("|---", k)) + "|");
        foreach (var gold in AidSentenceLabel.All)
            sb.AppendLine($"| {gold} | " + string.Join(" | ", AidSentenceLabel.All.Select(p => _confusion.GetValueOrDefault((gold, p)).ToString(ci))) + " |");
        return sb.ToString();
    }
}

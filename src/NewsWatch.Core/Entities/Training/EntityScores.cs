using System.Globalization;
using System.Text;
using NewsWatch.Entities.Model;

namespace NewsWatch.Entities.Training;

/// <summary>Entity-level precision/recall/F1 per type, seqeval style: a predicted span counts only when type, start and end all match a gold span.</summary>
public sealed class EntityScores
{
    private readonly int[] _truePositives = new int[NerLabels.Types.Count];
    private readonly int[] _falsePositives = new int[NerLabels.Types.Count];
    private readonly int[] _falseNegatives = new int[NerLabels.Types.Count];

    public void Add(IReadOnlyCollection<LabeledSpan> gold, IReadOnlyCollection<LabeledSpan> predicted)
    {
        var goldSet = gold.ToHashSet();
        var predictedSet = predicted.ToHashSet();
        foreach (var span in predictedSet)
        {
            (goldSet.Contains(span) ? _truePositives : _falsePositives)[span.TypeIndex]++;
        }

        foreach (var span in goldSet.Where(s => !predictedSet.Contains(s)))
        {
            _falseNegatives[span.TypeIndex]++;
        }
    }

    public int Support(int type) => _truePositives[type] + _falseNegatives[type];

    public double Precision(int type) => Ratio(_truePositives[type], _truePositives[type] + _falsePositives[type]);

    public double Recall(int type) => Ratio(_truePositives[type], _truePositives[type] + _falseNegatives[type]);

    public double F1(int type) => Ratio(2 * _truePositives[type], 2 * _truePositives[type] + _falsePositives[type] + _falseNegatives[type]);

    public double F1(string type) => F1(NerLabels.TypeIndex(type));

    /// <summary>Micro-averaged F1 over all types.</summary>
    public double MicroF1 => Ratio(2 * _truePositives.Sum(), 2 * _truePositives.Sum() + _falsePositives.Sum() + _falseNegatives.Sum());

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    /// <summary>A table with one row per type; several score sets side by side (e.g. model-only and model+rules).</summary>
    public static string Table(params (string Name, EntityScores Scores)[] columns)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{"type",-8} {"support",8}");
        foreach (var (name, _) in columns)
        {
            text.Append(CultureInfo.InvariantCulture, $" | {name + " P",13} {"R",6} {"F1",6}");
        }

        text.AppendLine();
        for (var t = 0; t < NerLabels.Types.Count; t++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{NerLabels.Types[t],-8} {columns[0].Scores.Support(t),8}");
            foreach (var (_, s) in columns)
            {
                text.Append(CultureInfo.InvariantCulture, $" | {s.Precision(t),13:0.0000} {s.Recall(t),6:0.0000} {s.F1(t),6:0.0000}");
            }

            text.AppendLine();
        }

        text.Append(CultureInfo.InvariantCulture, $"{"micro",-8} {"",8}");
        foreach (var (_, s) in columns)
        {
            text.Append(CultureInfo.InvariantCulture, $" | {"",13} {"",6} {s.MicroF1,6:0.0000}");
        }

        return text.AppendLine().ToString();
    }
}

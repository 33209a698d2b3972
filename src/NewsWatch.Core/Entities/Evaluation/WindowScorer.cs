using System.Globalization;
using System.Text;
using NewsWatch.Entities.Tagging;

namespace NewsWatch.Entities.Evaluation;

/// <summary>
/// Scores the tagger's PERSON, DATE and AMOUNT mentions against <see cref="LabelledWindows"/>: each document is tagged
/// whole, as the daemon tags a page (document-level rules see every mention), and only the mentions that start inside
/// a window are counted. Exact: the same span. Overlap: pairs matched one to one by overlapping spans. DATE value: of
/// the overlap-matched dates with a gold value, how many carry that value. MONEY: an AMOUNT counts when it overlaps a
/// gold amount with the same value and currency ("value and currency right"). Vague DATE references ("now", "recently")
/// are outside the label set and not scored.
/// </summary>
public sealed class WindowScorer
{
    private static readonly (string Gold, string Tagged)[] Types = [("PERSON", EntityType.Person), ("DATE", EntityType.Date), ("MONEY", EntityType.Amount)];

    private readonly Dictionary<string, Counts> _counts = Types.ToDictionary(t => t.Gold, _ => new Counts(), StringComparer.Ordinal);
    private readonly List<string> _errors = [];
    private int _datesWithValue;
    private int _datesValueRight;
    private int _vagueDates;

    public IReadOnlyList<string> Errors => _errors;

    public void Add(LabelledWindow window, IReadOnlyList<EntityMention> tagged)
    {
        foreach (var (goldType, taggedType) in Types)
        {
            var gold = window.Mentions.Where(m => m.Type == goldType).OrderBy(m => m.Start).ToList();
            var predicted = tagged.Where(m => m.Type == taggedType && m.Start >= window.Start && m.Start < window.End).OrderBy(m => m.Start).ToList();
            if (goldType == "DATE")
            {
                // The labels leave out vague references ("now", "currently", "recently"), which TimeML, and so the tagger,
                // counts as dates (PRESENT_REF, PAST_REF, FUTURE_REF): outside the label set, they are not scored.
                _vagueDates += predicted.RemoveAll(m => m.Value?.Timex?.EndsWith("_REF", StringComparison.Ordinal) == true);
            }

            var counts = _counts[goldType];
            counts.Gold += gold.Count;
            counts.Predicted += predicted.Count;
            counts.Exact += gold.Count(g => predicted.Any(p => p.Start == g.Start && p.End == g.End));
            var used = new HashSet<EntityMention>(ReferenceEqualityComparer.Instance);
            foreach (var g in gold)
            {
                var match = predicted.Where(p => !used.Contains(p) && p.Start < g.End && g.Start < p.End)
                    .OrderByDescending(p => Math.Min(p.End, g.End) - Math.Max(p.Start, g.Start)).FirstOrDefault();
                if (match is null)
                {
                    _errors.Add(Line("FN", goldType, window, g.Start, g.End, Describe(g)));
                    continue;
                }

                used.Add(match);
                counts.Overlap++;
                if (match.Start != g.Start || match.End != g.End)
                    _errors.Add(Line("SPAN", goldType, window, g.Start, g.End, $"tagged '{window.Text[match.Start..match.End]}'"));
                if (goldType == "DATE" && !string.IsNullOrEmpty(g.Value))
                {
                    _datesWithValue++;
                    var value = DateValue(match);
                    if (value == g.Value) _datesValueRight++;
                    else _errors.Add(Line("VALUE", goldType, window, g.Start, g.End, $"gold {g.Value}, tagged {value ?? "none"}"));
                }

                if (goldType == "MONEY")
                {
                    if (match.Value?.Amount == g.Amount && match.Value?.Currency == g.Currency && match.Value?.AmountHigh == g.AmountHigh) counts.ValueRight++;
                    else _errors.Add(Line("VALUE", goldType, window, g.Start, g.End, $"gold {Describe(g)}, tagged {match.Value?.Amount?.ToString(CultureInfo.InvariantCulture) ?? "none"}-{match.Value?.AmountHigh?.ToString(CultureInfo.InvariantCulture)} {match.Value?.Currency}"));
                }
            }

            foreach (var p in predicted.Where(p => !used.Contains(p)))
                _errors.Add(Line("FP", goldType, window, p.Start, p.End, ""));
        }
    }

    /// <summary>The DATE value as the labels write it: a TIMEX3 value, or "start/end" for a range.</summary>
    private static string? DateValue(EntityMention m) =>
        m.Value?.Timex ?? (m.Value?.RangeStart is { } start && m.Value.RangeEnd is { } end ? $"{start}/{end}" : null);

    private static string Describe(GoldMention g) => g.Type switch
    {
        "DATE" => g.Value ?? "",
        "MONEY" => string.Create(CultureInfo.InvariantCulture, $"{g.Amount}{(g.AmountHigh is { } high ? $"-{high}" : "")} {g.Currency}"),
        _ => "",
    };

    private static string Line(string kind, string type, LabelledWindow w, int start, int end, string detail)
    {
        var from = Math.Max(0, start - 60);
        var to = Math.Min(w.Text.Length, end + 60);
        var context = w.Text[from..start] + "[[" + w.Text[start..end] + "]]" + w.Text[end..to];
        return $"{kind}\t{type}\t{w.Doc}\t{w.Text[start..end].ReplaceLineEndings(" ")}\t{detail}\t{context.ReplaceLineEndings(" ")}";
    }

    public string Table(string title)
    {
        var text = new StringBuilder();
        text.AppendLine(title);
        text.AppendLine(CultureInfo.InvariantCulture, $"{"type",-7} {"gold",5} {"tagged",6} | {"exact P",8} {"R",6} {"F1",6} | {"overlap P",9} {"R",6} {"F1",6} | value");
        foreach (var (goldType, _) in Types)
        {
            var c = _counts[goldType];
            var value = goldType switch
            {
                "DATE" => string.Create(CultureInfo.InvariantCulture, $"{Ratio(_datesValueRight, _datesWithValue):0.0000} ({_datesValueRight}/{_datesWithValue} matched dates; {_vagueDates} vague references not scored)"),
                "MONEY" => string.Create(CultureInfo.InvariantCulture, $"F1 {Ratio(2 * c.ValueRight, c.Gold + c.Predicted):0.0000} ({c.ValueRight} right)"),
                _ => "",
            };
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{goldType,-7} {c.Gold,5} {c.Predicted,6} | {Ratio(c.Exact, c.Predicted),8:0.0000} {Ratio(c.Exact, c.Gold),6:0.0000} {Ratio(2 * c.Exact, c.Gold + c.Predicted),6:0.0000} | {Ratio(c.Overlap, c.Predicted),9:0.0000} {Ratio(c.Overlap, c.Gold),6:0.0000} {Ratio(2 * c.Overlap, c.Gold + c.Predicted),6:0.0000} | {value}");
        }

        return text.ToString();
    }

    /// <summary>Overlap F1 of a type (PERSON, DATE, MONEY: the last counts only amounts with the right value and currency).</summary>
    public double F1(string goldType)
    {
        var c = _counts[goldType];
        return Ratio(2 * (goldType == "MONEY" ? c.ValueRight : c.Overlap), c.Gold + c.Predicted);
    }

    public double DateValueAccuracy => Ratio(_datesValueRight, _datesWithValue);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private sealed class Counts
    {
        public int Gold;
        public int Predicted;
        public int Exact;
        public int Overlap;
        public int ValueRight;
    }

    /// <summary>Tags every window's document once and scores it.</summary>
    public static WindowScorer Score(EntityTagger tagger, IEnumerable<LabelledWindow> windows)
    {
        var scorer = new WindowScorer();
        foreach (var w in windows)
        {
            scorer.Add(w, tagger.Tag(w.Text, w.Published));
        }

        return scorer;
    }
}

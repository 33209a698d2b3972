using NewsWatch.Entities.Model;
using NewsWatch.Entities.Tokens;

namespace NewsWatch.Entities.Training;

/// <summary>
/// The PERSON errors of an evaluation, one line each, for reading while tuning the rules on a dev set:
/// <c>FN</c> a gold name not found, <c>FP</c> a span that is no gold name, <c>SPAN</c> a found span whose bounds differ
/// from an overlapping gold name (gold → found); each with the sentence around it.
/// </summary>
public sealed class PersonErrors
{
    private const int Context = 60;

    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines => _lines;

    public void Add(string text, IReadOnlyList<Token> tokens, IEnumerable<LabeledSpan> gold, IEnumerable<LabeledSpan> predicted)
    {
        var person = NerLabels.TypeIndex(EntityType.Person);
        var goldPeople = gold.Where(s => s.TypeIndex == person).ToHashSet();
        var found = predicted.Where(s => s.TypeIndex == person && s.Start >= 0).ToHashSet();
        foreach (var span in goldPeople.Where(s => !found.Contains(s)))
        {
            var overlap = found.Where(f => !goldPeople.Contains(f) && f.Start < span.End && span.Start < f.End).ToList();
            _lines.Add(overlap.Count > 0
                ? $"SPAN\t{Words(text, tokens, span)} → {Words(text, tokens, overlap[0])}\t{Around(text, tokens, span)}"
                : $"FN\t{Words(text, tokens, span)}\t{Around(text, tokens, span)}");
        }

        foreach (var span in found.Where(s => !goldPeople.Contains(s) && !goldPeople.Any(g => g.Start < s.End && s.Start < g.End)))
        {
            _lines.Add($"FP\t{Words(text, tokens, span)}\t{Around(text, tokens, span)}");
        }
    }

    private static string Words(string text, IReadOnlyList<Token> tokens, LabeledSpan span) =>
        text[tokens[span.Start].Start..tokens[span.End - 1].End];

    private static string Around(string text, IReadOnlyList<Token> tokens, LabeledSpan span)
    {
        var from = Math.Max(0, tokens[span.Start].Start - Context);
        var to = Math.Min(text.Length, tokens[span.End - 1].End + Context);
        return text[from..to].ReplaceLineEndings(" / ");
    }
}

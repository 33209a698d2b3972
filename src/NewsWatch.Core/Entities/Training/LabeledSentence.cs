using NewsWatch.Entities.Model;
using NewsWatch.Entities.Tokens;

namespace NewsWatch.Entities.Training;

/// <summary>A corpus sentence as text, its (corpus) tokens, and our BIO label per token.</summary>
public sealed record LabeledSentence(string Text, Token[] Tokens, int[] Labels)
{
    public List<LabeledSpan> Spans()
    {
        var spans = new List<LabeledSpan>();
        LabeledSpan.FromLabels(Labels, spans);
        return spans;
    }
}

using NewsWatch.Entities.Model;
using NewsWatch.Entities.Tokens;

namespace NewsWatch.Entities.Training;

/// <summary>A corpus sentence as text, its (corpus) tokens, and our BIO label per token.</summary>
public sealed record LabeledSentence(string Text, Token[] Tokens, int[] Labels)
{
    /// <summary>The same sentence as a headline would write it: every word capitalised, labels unchanged.</summary>
    public LabeledSentence TitleCased()
    {
        var chars = Text.ToCharArray();
        foreach (var token in Tokens)
        {
            chars[token.Start] = char.ToUpperInvariant(chars[token.Start]);
        }

        return this with { Text = new string(chars) };
    }

    public List<LabeledSpan> Spans()
    {
        var spans = new List<LabeledSpan>();
        LabeledSpan.FromLabels(Labels, spans);
        return spans;
    }
}

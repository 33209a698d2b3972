namespace NewsWatch.Entities.Training;

/// <summary>One sentence of the GMB corpus: its tokens, POS tags and IOB2 tags (per geo gpe tim org art eve nat).</summary>
public sealed record GmbSentence(int Number, IReadOnlyList<string> Words, IReadOnlyList<string> PosTags, IReadOnlyList<string> Tags)
{
    /// <summary>The tokens joined by single spaces, and each token's offsets in that text.</summary>
    public string Text(out Tokens.Token[] tokens)
    {
        tokens = new Tokens.Token[Words.Count];
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < Words.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            var start = builder.Length;
            builder.Append(Words[i]);
            tokens[i] = new Tokens.Token(start, builder.Length, Tokens.TokenKind.Word);
        }

        return builder.ToString();
    }
}

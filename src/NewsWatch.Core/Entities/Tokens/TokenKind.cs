namespace NewsWatch.Entities.Tokens;

/// <summary>What a token is made of; the feature extractor and the sentence splitter read it.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters (any script), possibly with inner hyphens/apostrophes or a trailing abbreviation dot.</summary>
    Word,

    /// <summary>Starts with a digit: 1,000 / 3.5 / 9–11 / 1990s / 25-year-old / 9/11.</summary>
    Number,

    /// <summary>A currency sign, alone or with a short country prefix (US$, C$).</summary>
    Currency,

    /// <summary>One punctuation mark or symbol (or an ellipsis).</summary>
    Punctuation,
}

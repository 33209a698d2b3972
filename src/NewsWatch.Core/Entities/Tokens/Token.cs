namespace NewsWatch.Entities.Tokens;

/// <summary>A token of a text: UTF-16 offsets into that text, end exclusive.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, End - Start);
}

namespace NewsWatch.Entities;

internal enum ScanTokenKind
{
    Number,
    Word,
    Symbol,
    Dash,
    Punct,
}

/// <summary>One token of <see cref="ScanTokenizer"/>; <see cref="SpaceBefore"/> tells "$ 5" from "$5".</summary>
internal readonly record struct ScanToken(int Start, int End, ScanTokenKind Kind, bool SpaceBefore)
{
    public int Length => End - Start;
}

namespace NewsWatch.Entities.Amounts;

internal enum MoneyTokenKind
{
    Number,
    Word,
    Symbol,
    Dash,
    Punct,
}

/// <summary>One token of the money scanner; <see cref="SpaceBefore"/> tells "$ 5" from "$5".</summary>
internal readonly record struct MoneyToken(int Start, int End, MoneyTokenKind Kind, bool SpaceBefore)
{
    public int Length => End - Start;
}

namespace NewsWatch.Entities.Amounts;

/// <summary>
/// A money amount found in text. <see cref="Start"/>/<see cref="End"/> are UTF-16 offsets, end exclusive.
/// <see cref="Amount"/> is in whole units of <see cref="Currency"/> (ISO 4217; "XBT" for bitcoin): "50 cents" is
/// 0.50 USD. <see cref="AmountHigh"/> is the upper end of a range ("$10-$20 million"), else null.
/// </summary>
public sealed record MoneyMention(int Start, int End, string Text, decimal Amount, decimal? AmountHigh, string Currency)
{
    /// <summary>A bound the words before the amount put on it ("more than", "up to"); the span holds the amount only.</summary>
    public MoneyQualifier Qualifier { get; init; }

    /// <summary>
    /// The period of a rate ("day", "week", "month", "year") when the amount is one ("$4.99 per month", "$1.99/week",
    /// "$1 billion a month"), else null. A subscription price is still an amount; this is how it is told from a
    /// one-off sum. The span holds the amount only.
    /// </summary>
    public string? Per { get; init; }
}

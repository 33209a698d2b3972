namespace NewsWatch.Entities.Amounts;

/// <summary>
/// A money amount found in text. <see cref="Start"/>/<see cref="End"/> are UTF-16 offsets, end exclusive.
/// <see cref="Amount"/> is in whole units of <see cref="Currency"/> (ISO 4217; "XBT" for bitcoin): "50 cents" is
/// 0.50 USD. <see cref="AmountHigh"/> is the upper end of a range ("$10-$20 million"), else null.
/// </summary>
public sealed record MoneyMention(int Start, int End, string Text, decimal Amount, decimal? AmountHigh, string Currency);

namespace NewsWatch.Entities.Amounts;

/// <summary>
/// A number read from tokens [<see cref="First"/>, <see cref="Next"/>): its value with multipliers applied, the
/// value before them (<see cref="Bare"/>) and the product of the multipliers (<see cref="Multiplier"/>, 1 when none).
/// </summary>
internal readonly record struct ParsedNumber(int First, int Next, decimal Value, decimal Bare, decimal Multiplier, bool IsWholeNumber)
{
    public bool HasMultiplier => Multiplier != 1m;
}

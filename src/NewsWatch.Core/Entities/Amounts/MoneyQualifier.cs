namespace NewsWatch.Entities.Amounts;

/// <summary>What the words before an amount say about it: "more than $2 billion" is a lower bound, "up to $300 million" an upper one.</summary>
public enum MoneyQualifier
{
    None,

    /// <summary>"more than", "over", "at least", "in excess of", "upwards of".</summary>
    AtLeast,

    /// <summary>"up to", "as much as", "less than", "under", "at most", "no more than".</summary>
    AtMost,

    /// <summary>"about", "around", "approximately", "roughly", "nearly", "almost", "some".</summary>
    About,
}

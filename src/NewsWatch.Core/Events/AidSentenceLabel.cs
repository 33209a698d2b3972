namespace NewsWatch.Events;

/// <summary>
/// What a sentence says about aid. Only <see cref="Pledge"/> and <see cref="Delivery"/> become events
/// (CAMEO 033x "promise aid" and 07x "provide aid"); the other labels exist so the classifier has
/// somewhere to put the sentences that look like aid news but announce nothing new.
/// </summary>
public static class AidSentenceLabel
{
    /// <summary>An announcement or commitment of new aid.</summary>
    public const string Pledge = "pledge";

    /// <summary>Aid delivered, arrived, handed over or disbursed.</summary>
    public const string Delivery = "delivery";

    /// <summary>A request or call for aid.</summary>
    public const string Appeal = "appeal";

    /// <summary>Aid suspended, cut, halted or blocked.</summary>
    public const string Cut = "cut";

    /// <summary>Cumulative totals, analysis, background mentions of earlier aid.</summary>
    public const string PastMention = "past_mention";

    /// <summary>Defence news that is not about aid.</summary>
    public const string None = "none";

    public static readonly IReadOnlyList<string> All = [Pledge, Delivery, Appeal, Cut, PastMention, None];
}

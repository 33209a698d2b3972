namespace NewsWatch.Events;

/// <summary>
/// One aid announcement found in one article, before it is merged with what other articles reported.
/// <see cref="AmountUsd"/> is the tagger's USD value (or the amount itself for dollars); null when unknown.
/// <see cref="IsCorrection"/> is set when the article says it corrects an earlier figure.
/// </summary>
public sealed record AidEventCandidate(
    AidParty Donor,
    AidParty Recipient,
    decimal? Amount,
    decimal? AmountHigh,
    string? Currency,
    decimal? AmountUsd,
    DateOnly AnnouncedOn,
    string AidType,
    string Measure,
    IReadOnlyList<string> Items,
    string Evidence,
    float Confidence,
    bool IsCorrection)
{
    /// <summary>
    /// The sentence recalls earlier aid (a recap or running mention) rather than announcing it: it may only be
    /// recorded as another source of a stored event, never become one.
    /// </summary>
    public bool IsRecap { get; init; }

    /// <summary>The parts of a package announced as a total ("$1.2 billion, of which $400 million..."); empty otherwise.</summary>
    public IReadOnlyList<AidPart> Parts { get; init; } = [];
}

/// <summary>One part of a package: its amount and what the sentence says it is for (a programme or the aid it buys).</summary>
public sealed record AidPart(decimal Amount, string? Currency, decimal? AmountUsd, string What);

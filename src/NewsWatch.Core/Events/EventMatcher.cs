using System.Globalization;
using System.Text.Json;

namespace NewsWatch.Events;

/// <summary>
/// Decides whether a candidate is an event already stored. Same donor and recipient are given (the
/// store looks up only those). Then: the same amount in USD within the tolerance, announced within the
/// merge window, of the same aid type or with a named item in common, is the same event; so is a report
/// without an amount (or of an event without one) when measure and type agree too. A different amount
/// is a different package unless the article says it corrects an earlier figure, or it reports the same
/// items announced on the same day; then, if it is not older than the figure it replaces, it corrects the event.
/// </summary>
public static class EventMatcher
{
    /// <summary>Reports this close (a statement, its readout, the next morning's paper) of the same parties and amount are one announcement whatever aid type their words suggest.</summary>
    public const int SameAnnouncementDays = 1;

    public static MergeDecision Decide(
        AidEventCandidate candidate,
        IReadOnlyList<StoredEvent> nearby,
        EventsOptions options,
        IReadOnlySet<long> touchedByThisArticle,
        DateTimeOffset reportedAt)
    {
        StoredEvent? best = null;
        var bestAction = MergeAction.New;
        var bestRank = (double.MaxValue, double.MaxValue);
        foreach (var e in nearby)
        {
            var days = Math.Abs(candidate.AnnouncedOn.DayNumber - DateOnly.ParseExact(e.AnnouncedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber);
            var itemsOverlap = candidate.Items.Intersect(ParseItems(e.Items)).Any();
            // A statement and a readout of the same day word the same package differently: the day and parties suffice.
            var related = candidate.AidType == e.AidType || itemsOverlap || days <= SameAnnouncementDays;
            var sameMeasure = candidate.Measure == e.Measure;
            var amount = CompareAmounts(candidate, e, options.AmountTolerance, out var difference);
            MergeAction? action = amount switch
            {
                // "announced $1.3 billion ... also completed the disbursement of a $1.25 billion tranche": the article itself
                // told a pledge and a payment apart; only another article's report of the other measure may be the same package.
                AmountComparison.Same when days <= options.MergeWindowDays && related && (sameMeasure || !touchedByThisArticle.Contains(e.Id)) => MergeAction.Merge,
                AmountComparison.Unknown when days <= options.MergeWindowDays && related && sameMeasure =>
                    candidate.Amount is not null && e.Amount is null ? MergeAction.ChangeAmount : MergeAction.Merge,
                AmountComparison.Different when !touchedByThisArticle.Contains(e.Id) && sameMeasure && IsNotOlder(reportedAt, e.AmountAsOf)
                    && (candidate.IsCorrection && days <= options.CorrectionWindowDays && related
                        || days == 0 && itemsOverlap && candidate.AidType == e.AidType) => MergeAction.ChangeAmount,
                _ => null,
            };
            if (action is null) continue;
            // Prefer agreeing amounts over corrections, then the closest date, then the closest amount.
            var rank = ((double)((action == MergeAction.Merge ? 0 : 1000) + days), difference);
            if (rank.CompareTo(bestRank) < 0)
            {
                bestRank = rank;
                best = e;
                bestAction = action.Value;
            }
        }
        return new MergeDecision(bestAction, best);
    }

    /// <summary>The stored event a recap recalls: same parties (given), an agreeing amount, announced no later than the recap.</summary>
    public static StoredEvent? FindRecalled(AidEventCandidate recap, IReadOnlyList<StoredEvent> nearby, EventsOptions options) =>
        nearby.Where(e => DateOnly.ParseExact(e.AnnouncedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture) <= recap.AnnouncedOn
                && CompareAmounts(recap, e, options.AmountTolerance, out _) == AmountComparison.Same)
            .MaxBy(e => e.AnnouncedOn, StringComparer.Ordinal);

    public static IReadOnlyList<string> ParseItems(string json) => JsonSerializer.Deserialize<List<string>>(json) ?? [];

    private enum AmountComparison { Same, Different, Unknown }

    private static AmountComparison CompareAmounts(AidEventCandidate c, StoredEvent e, double tolerance, out double difference)
    {
        difference = 0;
        decimal? a = null, b = null;
        if (c.AmountUsd is { } cu && e.AmountUsd is { } eu) (a, b) = (cu, (decimal)eu);
        else if (c.Amount is { } ca && e.Amount is { } ea && c.Currency == e.Currency) (a, b) = (ca, (decimal)ea);
        if (a is not { } x || b is not { } y) return AmountComparison.Unknown;
        var max = Math.Max(Math.Abs(x), Math.Abs(y));
        difference = max == 0 ? 0 : (double)(Math.Abs(x - y) / max);
        return AidEventExtractor.AmountsAgree(x, y, tolerance) ? AmountComparison.Same : AmountComparison.Different;
    }

    private static bool IsNotOlder(DateTimeOffset reportedAt, string? amountAsOf) =>
        amountAsOf is null || !DateTimeOffset.TryParse(amountAsOf, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var asOf) || reportedAt >= asOf;
}

namespace NewsWatch.Alerts;

/// <summary>What one <see cref="AlertDispatcher.DispatchDueAsync"/> pass did.</summary>
public sealed record DispatchSummary(int Delivered, int Retrying, int Dead, int LeaseLost)
{
    public int Attempts => Delivered + Retrying + Dead + LeaseLost;

    public static DispatchSummary From(IEnumerable<AlertOutcome> outcomes)
    {
        var list = outcomes.ToList();
        return new DispatchSummary(
            list.Count(o => o == AlertOutcome.Delivered),
            list.Count(o => o == AlertOutcome.Retrying),
            list.Count(o => o == AlertOutcome.Dead),
            list.Count(o => o == AlertOutcome.LeaseLost));
    }
}

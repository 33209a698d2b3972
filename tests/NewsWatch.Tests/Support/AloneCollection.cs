namespace NewsWatch.Tests.Support;

/// <summary>
/// Tests that measure how fresh something stays in wall-clock time (the scheduler heartbeat) run alone, after
/// the parallel ones: beside a full parallel test run on two cores their bound measures the machine, not the code.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "alone";
}

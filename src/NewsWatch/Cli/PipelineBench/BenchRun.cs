namespace NewsWatch.Cli.PipelineBench;

/// <summary>One daemon run with the reference loop's speed around it.</summary>
internal sealed record BenchRun(BenchVariant Variant, int Parallel, PipelineRunResult Run, double ReferenceMbPerSecond);

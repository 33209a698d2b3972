namespace NewsWatch.Cli.PipelineBench;

/// <summary>
/// What one daemon process measured about itself, printed as one JSON line after <see cref="PipelineRunResult.Marker"/>.
/// "Steady" figures cover the second half of the articles, after start-up, model loading and most of the JIT.
/// </summary>
internal sealed record PipelineRunResult(
    int Articles,
    IReadOnlyDictionary<string, long> Statuses,
    double SecondsFromStart,
    double SteadySeconds,
    int SteadyArticles,
    double CpuMs,
    double SteadyCpuMs,
    long AllocatedBytes,
    long SteadyAllocatedBytes,
    long PeakRssBytes,
    double JitMs,
    double GcPauseMs,
    int Gen2Collections)
{
    public const string Marker = "bench-pipeline-result ";

    public double ArticlesPerSecond => Articles / SecondsFromStart;
    public double SteadyArticlesPerSecond => SteadyArticles / Math.Max(SteadySeconds, 1e-9);
    public double CpuMsPerArticle => CpuMs / Articles;
    public double SteadyCpuMsPerArticle => SteadyCpuMs / Math.Max(SteadyArticles, 1);
    public double AllocatedKbPerArticle => AllocatedBytes / 1e3 / Articles;
    public double SteadyAllocatedKbPerArticle => SteadyAllocatedBytes / 1e3 / Math.Max(SteadyArticles, 1);
}

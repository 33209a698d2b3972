using NewsWatch.Pipeline;
using Quartz;

namespace NewsWatch.Scheduling;

/// <summary>Drains the article queue. Runs on an interval and is also triggered right after a poll finds new items.</summary>
[DisallowConcurrentExecution]
public sealed class ArticleProcessingJob(ArticleProcessor processor) : IJob
{
    public static readonly JobKey Key = new("articles", "pipeline");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await processor.ProcessDueAsync(cancellationToken).ConfigureAwait(false);
}

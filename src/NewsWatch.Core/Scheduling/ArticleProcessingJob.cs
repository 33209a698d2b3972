using Microsoft.Extensions.Hosting;
using NewsWatch.Pipeline;
using Quartz;

namespace NewsWatch.Scheduling;

/// <summary>Drains the article queue. Runs on an interval and is also triggered right after a poll finds new items.</summary>
[DisallowConcurrentExecution]
public sealed class ArticleProcessingJob(ArticleProcessor processor, IHostApplicationLifetime lifetime) : IJob
{
    public static readonly JobKey Key = new("articles", "pipeline");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        // A long queue must not hold up SIGTERM: stop taking new batches as soon as the host stops;
        // articles already leased are finished or, if the host gives up first, their leases run out.
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        await processor.ProcessDueAsync(linked.Token).ConfigureAwait(false);
    }
}

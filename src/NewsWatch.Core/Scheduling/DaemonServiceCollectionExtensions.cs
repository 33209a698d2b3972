using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsWatch.Alerts;
using NewsWatch.Articles;
using NewsWatch.Common;
using NewsWatch.Entities;
using NewsWatch.Events;
using NewsWatch.Feeds;
using NewsWatch.Pipeline;
using NewsWatch.Storage;
using Quartz;

namespace NewsWatch.Scheduling;

public static class DaemonServiceCollectionExtensions
{
    /// <summary>Scheduling options alone: the health verb reads the heartbeat limit without running the scheduler.</summary>
    public static IServiceCollection AddSchedulingOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SchedulingOptions>().BindStrictly(configuration.GetSection(SchedulingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    /// <summary>Jobs other than feed polls: heartbeat, feed scheduling, article queue, alert dispatch.</summary>
    private const int DaemonJobs = 4;

    /// <summary>Clustered, only feed scheduling is a Quartz job besides the polls.</summary>
    private const int ClusteredDaemonJobs = 1;

    /// <summary>The long-running part: start-up tasks, then Quartz with the heartbeat, feed scheduling, article and alert jobs.</summary>
    public static IServiceCollection AddNewsWatchDaemon(this IServiceCollection services, IConfiguration configuration)
    {
        var scheduling = configuration.GetSection(SchedulingOptions.Section).Get<SchedulingOptions>() ?? new SchedulingOptions();
        var pipeline = configuration.GetSection(PipelineOptions.Section).Get<PipelineOptions>() ?? new PipelineOptions();
        var alerts = configuration.GetSection(AlertOptions.Section).Get<AlertOptions>() ?? new AlertOptions();
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        services.AddTransient<AlertDispatchJob>();
        services.AddSingleton(_ => new PollGate(scheduling.MaxConcurrentPolls));
        services.AddSingleton<ArticleQueueSignal>();

        // Registered before Quartz's hosted service, so the schema exists before any job runs.
        services.AddHostedService<DaemonStartup>();
        // An unknown provider is left to the storage options' validation, which names it in one line.
        if (StorageProviders.Parse(storage.Provider) == StorageProvider.Postgres && !string.IsNullOrWhiteSpace(storage.ConnectionString))
            return services.AddClusteredScheduling(scheduling, storage.ConnectionString);

        services.AddQuartz(q =>
        {
            q.UseInMemoryStore();
            // Polls pass the PollGate, so they hold at most MaxConcurrentPolls threads; each daemon job
            // below runs one at a time ([DisallowConcurrentExecution]), so one thread apiece on top means
            // the heartbeat always finds a thread however long the polls take. (A separate scheduler for
            // polls would isolate them too, but polls trigger the article job, and one scheduler keeps that simple.)
            q.UseDefaultThreadPool(tp => tp.MaxConcurrency = scheduling.MaxConcurrentPolls + DaemonJobs);

            q.AddJob<HeartbeatJob>(j => j.WithIdentity(HeartbeatJob.Key));
            q.AddTrigger(t => t.ForJob(HeartbeatJob.Key).StartNow()
                .WithSimpleSchedule(s => s.WithInterval(scheduling.HeartbeatInterval).RepeatForever()));

            q.AddJob<FeedSchedulingJob>(j => j.WithIdentity(FeedSchedulingJob.Key));
            q.AddTrigger(t => t.ForJob(FeedSchedulingJob.Key).StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever()));

            q.AddJob<ArticleProcessingJob>(j => j.WithIdentity(ArticleProcessingJob.Key));
            q.AddTrigger(t => t.ForJob(ArticleProcessingJob.Key).StartNow()
                .WithSimpleSchedule(s => s.WithInterval(pipeline.ProcessInterval).RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));

            q.AddJob<AlertDispatchJob>(j => j.WithIdentity(AlertDispatchJob.Key));
            q.AddTrigger(t => t.ForJob(AlertDispatchJob.Key).StartNow()
                .WithSimpleSchedule(s => s.WithInterval(alerts.DispatchInterval).RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>
    /// PostgreSQL: Quartz's clustered ADO.NET job store in NewsWatch's own database (its <c>qrtz_</c> tables created at
    /// start from the script Quartz ships, if missing), holding the feed scheduling job and one durable job
    /// per feed, so each feed polls on one node at a time and a dead node's polls and misfires are Quartz's to recover.
    /// The article queue and the outbox are drained, and the node's own heartbeat written, on every node by
    /// <see cref="NodeWorkService"/>.
    /// </summary>
    private static IServiceCollection AddClusteredScheduling(this IServiceCollection services, SchedulingOptions scheduling, string connectionString)
    {
        services.AddQuartz(q =>
        {
            // Every node keeps Quartz's default scheduler name: a cluster is the nodes whose rows carry the same one.
            q.UsePersistentStore(store =>
            {
                store.UsePostgres(connectionString);
                store.UseSystemTextJsonSerializer();
                store.UseClustering(c =>
                {
                    c.CheckinInterval = scheduling.ClusterCheckinInterval;
                    c.CheckinMisfireThreshold = scheduling.ClusterCheckinInterval;
                });
                store.ProvisionSchema();
            });
            q.UseDefaultThreadPool(tp => tp.MaxConcurrency = scheduling.MaxConcurrentPolls + ClusteredDaemonJobs);
            // Every acquisition from a clustered store is a locked transaction: one per trigger held a node to a few dozen
            // polls a second; taking up to a thread pool's worth of due triggers at once shares the lock among them.
            q.ConfigureScheduler(o => o.MaxBatchSize = scheduling.MaxConcurrentPolls + ClusteredDaemonJobs);

            q.AddJob<FeedSchedulingJob>(j => j.WithIdentity(FeedSchedulingJob.Key).StoreDurably());
            q.AddTrigger(t => t.ForJob(FeedSchedulingJob.Key).WithIdentity("feed-scheduling", "daemon").StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService<NodeWorkService>();
        return services;
    }
}

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

    /// <summary>The long-running part: start-up tasks, then Quartz with the heartbeat, feed scheduling, article and alert jobs.</summary>
    public static IServiceCollection AddNewsWatchDaemon(this IServiceCollection services, IConfiguration configuration)
    {
        var scheduling = configuration.GetSection(SchedulingOptions.Section).Get<SchedulingOptions>() ?? new SchedulingOptions();
        var pipeline = configuration.GetSection(PipelineOptions.Section).Get<PipelineOptions>() ?? new PipelineOptions();
        var alerts = configuration.GetSection(AlertOptions.Section).Get<AlertOptions>() ?? new AlertOptions();
        services.AddTransient<AlertDispatchJob>();
        services.AddSingleton(_ => new PollGate(scheduling.MaxConcurrentPolls));

        // Registered before Quartz's hosted service, so the schema exists before any job runs.
        services.AddHostedService<DaemonStartup>();
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
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsWatch.Common;
using NewsWatch.Feeds;

namespace NewsWatch.Pipeline;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>
    /// The adapters between the stages and storage: the feed poller, the article stages and their
    /// processor, the events processor and the alert dispatcher. Used by the daemon and the verbs;
    /// needs storage, HTTP and the feature registrations.
    /// </summary>
    public static IServiceCollection AddNewsWatchPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FeedOptions>().BindStrictly(configuration.GetSection(FeedOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<FeedOptions>, FeedOptionsValidator>();
        services.AddSingleton<IValidateOptions<FeedOptions>, FeedPublisherValidator>();
        services.AddOptions<PipelineOptions>().BindStrictly(configuration.GetSection(PipelineOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddMetrics();
        services.AddSingleton<NewsWatchMetrics>();
        services.AddSingleton<QueueDepthGauge>();
        services.AddTransient(typeof(Lazy<>), typeof(LazyService<>));
        services.AddSingleton<FeedPoller>();
        services.AddSingleton<IArticleStage, ArticleFetchStage>();
        services.AddSingleton<IArticleStage, EntityTagStage>();
        services.AddSingleton<IArticleStage, AidEventStage>();
        services.AddSingleton<ArticleProcessor>();
        services.AddSingleton<AidEventProcessor>();
        services.AddTransient<AlertDispatcher>();
        return services;
    }
}

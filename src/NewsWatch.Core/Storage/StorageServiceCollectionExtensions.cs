using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace NewsWatch.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The database, its migrator and every store: the only place that knows SQL.</summary>
    public static IServiceCollection AddNewsWatchStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section), binder => binder.ErrorOnUnknownConfiguration = true).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Database>();
        services.AddSingleton<SchemaMigrator>();
        services.AddSingleton<FeedStore>();
        services.AddSingleton<ArticleStore>();
        services.AddSingleton<DaemonStateStore>();
        services.AddSingleton<HealthStore>();
        services.AddSingleton<MentionStore>();
        services.AddSingleton<AlertOutbox>();
        services.AddSingleton<EventStore>();
        return services;
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsWatch.Common;

namespace NewsWatch.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The database, its migrator and every store: the only place that knows SQL.</summary>
    public static IServiceCollection AddNewsWatchStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().BindStrictly(configuration.GetSection(StorageOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
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

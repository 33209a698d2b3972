using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsWatch.Common;

namespace NewsWatch.Http;

public static class HttpServiceCollectionExtensions
{
    /// <summary>Registers <see cref="HttpFetcher"/> (typed client), its options (section <c>Http</c>), the guard and the per-host limiter.</summary>
    public static IServiceCollection AddNewsWatchHttp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HttpFetchOptions>().BindStrictly(configuration.GetSection(HttpFetchOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<NetworkGuard>();
        services.TryAddSingleton<HostConcurrencyLimiter>();
        services.AddHttpClient<HttpFetcher>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => CreateHandler(sp.GetRequiredService<IOptions<HttpFetchOptions>>().Value, sp.GetRequiredService<NetworkGuard>()))
            // The fetcher logs each fetch with its outcome; the factory's per-request logs would only repeat it.
            .RemoveAllLoggers();
        return services;
    }

    private static SocketsHttpHandler CreateHandler(HttpFetchOptions options, NetworkGuard guard) => new()
    {
        // Redirects are followed by HttpFetcher so every hop is counted and re-checked.
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = options.ConnectTimeout,
        ConnectCallback = guard.ConnectAsync,
        // A proxy would make the guard check the proxy's address instead of the target's.
        UseProxy = false,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsWatch.Http;

namespace NewsWatch.Tests.Http;

/// <summary>The real HTTP registration (<see cref="HttpServiceCollectionExtensions.AddNewsWatchHttp"/>) with test settings: 127.0.0.1 allow-listed, short timeouts.</summary>
internal sealed class FetcherHost : IDisposable
{
    private readonly ServiceProvider _services;

    private FetcherHost(ServiceProvider services) => _services = services;

    public HttpFetcher Fetcher => _services.GetRequiredService<HttpFetcher>();

    public HttpFetchOptions Options => _services.GetRequiredService<IOptions<HttpFetchOptions>>().Value;

    public static FetcherHost Create(IReadOnlyDictionary<string, string?>? overrides = null, TimeProvider? time = null, bool allowLoopback = true)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Http:ConnectTimeout"] = "00:00:02",
            ["Http:RequestTimeout"] = "00:00:05",
        };
        if (allowLoopback)
        {
            settings["Http:AllowedHosts:0"] = "127.0.0.1";
        }

        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddNewsWatchHttp(configuration);
        return new FetcherHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
    }

    public Task<FetchResult> GetAsync(Uri url, long maxBytes = 1024 * 1024, string? etag = null, string? lastModified = null) =>
        Fetcher.FetchAsync(new FetchRequest(url, maxBytes, etag, lastModified), CancellationToken.None);

    public void Dispose() => _services.Dispose();
}

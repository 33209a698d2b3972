using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsWatch.Http;

namespace NewsWatch.Tests.Http;

public sealed class HttpFetchOptionsTests
{
    [Fact]
    public void Defaults_are_valid_and_as_documented()
    {
        var options = Resolve([]);

        Assert.Equal(HttpFetchOptions.DefaultUserAgent, options.UserAgent);
        Assert.Equal(TimeSpan.FromSeconds(10), options.ConnectTimeout);
        Assert.Equal(TimeSpan.FromSeconds(30), options.RequestTimeout);
        Assert.Equal(10 * 1024 * 1024, options.MaxFeedBytes);
        Assert.Equal(5 * 1024 * 1024, options.MaxPageBytes);
        Assert.Equal(5, options.MaxRedirects);
        Assert.Equal(2, options.PerHostConcurrency);
        Assert.False(options.AllowPrivateNetworks);
        Assert.Empty(options.AllowedHosts);
    }

    [Fact]
    public void Configuration_binds_the_http_section()
    {
        var options = Resolve(new()
        {
            ["Http:UserAgent"] = "Test/1.0",
            ["Http:RequestTimeout"] = "00:01:00",
            ["Http:MaxRedirects"] = "2",
            ["Http:AllowedHosts:0"] = "127.0.0.1",
            ["Http:AllowedHosts:1"] = "10.0.0.0/8",
        });

        Assert.Equal("Test/1.0", options.UserAgent);
        Assert.Equal(TimeSpan.FromMinutes(1), options.RequestTimeout);
        Assert.Equal(2, options.MaxRedirects);
        Assert.Equal(["127.0.0.1", "10.0.0.0/8"], options.AllowedHosts);
    }

    [Theory]
    [InlineData("Http:PerHostConcurrency", "0")]
    [InlineData("Http:MaxRedirects", "100")]
    [InlineData("Http:RequestTimeout", "00:00:00")]
    [InlineData("Http:UserAgent", "")]
    [InlineData("Http:AllowedHosts:0", "no such thing!")]
    public void Out_of_range_settings_are_rejected(string key, string value) =>
        Assert.Throws<OptionsValidationException>(() => Resolve(new() { [key] = value }));

    private static HttpFetchOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddNewsWatchHttp(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<HttpFetchOptions>>().Value;
    }
}

using Microsoft.AspNetCore.Http;

namespace NewsWatch.Tests.Support;

public sealed class TestWebServerTests
{
    [Fact]
    public async Task Serves_mapped_paths_counts_requests_and_404s_the_rest()
    {
        await using var server = await TestWebServer.StartAsync();
        server.MapContent("/hello", "hi");
        server.Map("/teapot", context => { context.Response.StatusCode = 418; return Task.CompletedTask; });
        using var client = new HttpClient();

        Assert.Equal("127.0.0.1", server.BaseUri.Host);
        Assert.Equal("hi", await client.GetStringAsync(server.Url("/hello?x=1")));
        Assert.Equal(418, (int)(await client.GetAsync(server.Url("teapot"))).StatusCode);
        Assert.Equal(404, (int)(await client.GetAsync(server.Url("/missing"))).StatusCode);

        Assert.Equal(1, server.RequestCount("/hello"));
        Assert.Equal(1, server.RequestCount("/teapot"));
        Assert.Equal(1, server.RequestCount("/missing"));
        Assert.Equal(0, server.RequestCount("/never"));
    }
}

using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsWatch.Tests.Support;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with an ephemeral port, for end-to-end tests.
/// Handlers are mapped per path (exact match, query ignored) and can be replaced while the
/// server runs; every request is counted per path, including ones with no handler (404).
/// </summary>
public sealed class TestWebServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _handlers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    private TestWebServer(WebApplication app, Uri baseUri)
    {
        _app = app;
        BaseUri = baseUri;
    }

    /// <summary>Base address, e.g. <c>http://127.0.0.1:41234/</c> (always ends with '/').</summary>
    public Uri BaseUri { get; }

    /// <summary>Cancelled when the server stops; long-running handlers (hangs, endless bodies) should honour it.</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    public static async Task<TestWebServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Limits.MinResponseDataRate = null);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        TestWebServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server = new TestWebServer(app, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    /// <summary>Maps (or replaces) the handler for an exact path such as <c>/feed.xml</c>.</summary>
    public TestWebServer Map(string path, RequestDelegate handler)
    {
        _handlers[Normalize(path)] = handler;
        return this;
    }

    /// <summary>Maps a path to a fixed 200 response.</summary>
    public TestWebServer MapContent(string path, string body, string contentType = "text/html; charset=utf-8") =>
        Map(path, async context =>
        {
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        });

    /// <summary>Absolute URL of a path on this server.</summary>
    public Uri Url(string pathAndQuery) => new(BaseUri, pathAndQuery.TrimStart('/'));

    /// <summary>How many requests reached a path so far.</summary>
    public int RequestCount(string path) => _counts.TryGetValue(Normalize(path), out var n) ? n : 0;

    private async Task HandleAsync(HttpContext context)
    {
        var path = Normalize(context.Request.Path.Value ?? "/");
        _counts.AddOrUpdate(path, 1, (_, n) => n + 1);
        if (_handlers.TryGetValue(path, out var handler))
        {
            try
            {
                await handler(context).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested || Stopping.IsCancellationRequested)
            {
                // The client gave up (timeout, size cap) or the server is stopping: expected in these tests.
            }
            catch (IOException) when (context.RequestAborted.IsCancellationRequested)
            {
            }
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    private static string Normalize(string path) => path.StartsWith('/') ? path : "/" + path;

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}

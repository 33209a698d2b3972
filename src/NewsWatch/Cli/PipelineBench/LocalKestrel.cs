using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsWatch.Cli.PipelineBench;

/// <summary>The benchmarks' local sites: a real Kestrel server on 127.0.0.1 at a port the system picks, without logging.</summary>
internal static class LocalKestrel
{
    /// <summary>Starts a server that answers every request with <paramref name="handler"/>; returns it and its base address (ending in "/").</summary>
    public static async Task<(WebApplication App, Uri BaseUri)> StartAsync(RequestDelegate handler, CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.Run(handler);
        await app.StartAsync(ct).ConfigureAwait(false);
        return (app, new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/') + "/"));
    }
}

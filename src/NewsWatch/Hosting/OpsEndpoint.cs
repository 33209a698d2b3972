using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsWatch.Common;
using NewsWatch.Pipeline;
using NewsWatch.Scheduling;
using NewsWatch.Storage;
using OpenTelemetry.Metrics;

namespace NewsWatch.Hosting;

/// <summary>
/// A small Kestrel server beside the daemon when <see cref="OpsOptions.Port"/> is set: <c>/metrics</c> (the
/// <c>NewsWatch</c> meter as Prometheus text, through OpenTelemetry), <c>/healthz</c> (the process answers) and
/// <c>/readyz</c> (the database answers and the scheduler heartbeat is recent), with the .NET health checks.
/// </summary>
public sealed partial class OpsEndpoint(IOptions<OpsOptions> options, IServiceProvider daemon, ILogger<OpsEndpoint> logger) : IHostedService, IAsyncDisposable
{
    // Every ASP.NET Core type stays inside OpsServer: the JIT loads the assembly of each type a method names when
    // it compiles that method, so with WebApplication named here even a daemon with the port off (the default)
    // loaded Kestrel, routing, health checks and OpenTelemetry (13 assemblies) and kept them mapped.
    private OpsServer? _server;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var port = options.Value.Port;
        if (port == 0) return;
        _server = await OpsServer.StartAsync(port, daemon, cancellationToken).ConfigureAwait(false);
        LogListening(port);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is { } server) await server.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The app's container owns (and disposes) the OpenTelemetry meter provider.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync().ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ops endpoints on port {Port}: /metrics, /healthz, /readyz")]
    private partial void LogListening(int port);

    /// <summary>The Kestrel app itself; only a daemon with the port set ever loads this type.</summary>
    private sealed class OpsServer(WebApplication app) : IAsyncDisposable
    {
        public static async Task<OpsServer> StartAsync(int port, IServiceProvider daemon, CancellationToken cancellationToken)
        {
            daemon.GetRequiredService<QueueDepthGauge>(); // the gauge exists only once something exports it
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(k => k.ListenAnyIP(port));
            builder.Services.AddOpenTelemetry().WithMetrics(m => m.AddMeter(NewsWatchMetrics.MeterName).AddPrometheusExporter());
            builder.Services.AddHealthChecks().AddCheck("ready", new ReadinessCheck(daemon), tags: ["ready"]);
            var app = builder.Build();
            app.MapPrometheusScrapingEndpoint("/metrics");
            app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
            app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
            var server = new OpsServer(app);
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await server.DisposeAsync().ConfigureAwait(false);
                throw;
            }
            return server;
        }

        public Task StopAsync(CancellationToken cancellationToken) => app.StopAsync(cancellationToken);

        public ValueTask DisposeAsync() => app.DisposeAsync();
    }

    /// <summary>Ready: the database answers and the scheduler's heartbeat is within <see cref="SchedulingOptions.HeartbeatMaxAge"/>.</summary>
    private sealed class ReadinessCheck(IServiceProvider daemon) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await daemon.GetRequiredService<Database>().CheckAsync(cancellationToken).ConfigureAwait(false);
                var state = daemon.GetRequiredService<DaemonStateStore>();
                var (_, beat) = await state.GetAsync(state.HeartbeatKey, cancellationToken).ConfigureAwait(false);
                var age = daemon.GetRequiredService<TimeProvider>().GetUtcNow() - beat;
                var max = daemon.GetRequiredService<IOptions<SchedulingOptions>>().Value.HeartbeatMaxAge;
                return age is { } a && a <= max
                    ? HealthCheckResult.Healthy($"heartbeat {a.TotalSeconds:F0} s old")
                    : HealthCheckResult.Unhealthy(beat is null ? "no scheduler heartbeat yet" : $"heartbeat {age!.Value.TotalSeconds:F0} s old");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy($"{ex.GetType().Name}: {ex.Message}");
            }
        }
    }
}

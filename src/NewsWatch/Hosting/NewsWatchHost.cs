using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsWatch.Articles;
using NewsWatch.Common;
using NewsWatch.Entities.Tagging;
using NewsWatch.Http;
using NewsWatch.Alerts;
using NewsWatch.Events;
using NewsWatch.Pipeline;
using NewsWatch.Scheduling;
using NewsWatch.Storage;

namespace NewsWatch.Hosting;

/// <summary>
/// Builds the one host that both the daemon and the CLI verbs use, so a verb runs exactly the
/// code the daemon runs. Configuration, later sources winning: appsettings.json beside the binary
/// and then the one in the working directory (or, instead of both, the file given with
/// <c>--config</c> / <c>NEWSWATCH_CONFIG</c>), environment variables (<c>NEWSWATCH_Storage__Path</c>
/// or plain <c>Storage__Path</c>), then command-line configuration arguments.
/// </summary>
public static class NewsWatchHost
{
    public const string EnvironmentPrefix = "NEWSWATCH_";

    public const string ConfigFileVariable = "NEWSWATCH_CONFIG";

    public static HostApplicationBuilder CreateBuilder(string[] args, bool daemon, string? configFile = null)
    {
        configFile ??= Environment.GetEnvironmentVariable(ConfigFileVariable) is { Length: > 0 } fromEnv ? fromEnv : null;
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        if (configFile is not null)
        {
            builder.Configuration.AddJsonFile(Path.GetFullPath(configFile), optional: false, reloadOnChange: false);
        }
        else
        {
            builder.Configuration
                .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false)
                .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true, reloadOnChange: false);
        }
        builder.Configuration
            .AddEnvironmentVariables()
            .AddEnvironmentVariables(EnvironmentPrefix)
            .AddCommandLine(args);

        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        // A host that fails to start throws; the command line prints that once (one line for a configuration error).
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        if (daemon)
        {
            // Logging:Format=json (NEWSWATCH_Logging__Format=json) gives one JSON object per line for container log collectors.
            if (string.Equals(builder.Configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
                builder.Logging.AddJsonConsole(o => { o.IncludeScopes = true; o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ"; o.UseUtcTimestamp = true; });
            else
                builder.Logging.AddSimpleConsole(o => { o.IncludeScopes = true; o.SingleLine = true; o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ "; o.UseUtcTimestamp = true; });
        }
        else
        {
            // Verbs write their results to stdout; logs go to stderr so pipes stay clean.
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            // appsettings.json sets the daemon's levels (Information); a verb still prints only warnings and errors,
            // so a first `feeds list` does not show the schema migrations.
            builder.Logging.AddFilter((_, level) => level >= LogLevel.Warning);
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddNewsWatchStorage(builder.Configuration);
        builder.Services.AddNewsWatchHttp(builder.Configuration);
        builder.Services.AddNewsWatchArticles();
        builder.Services.AddNewsWatchEntities(builder.Configuration);
        builder.Services.AddNewsWatchAlerts(builder.Configuration);
        builder.Services.AddNewsWatchEvents(builder.Configuration);
        builder.Services.AddNewsWatchPipeline(builder.Configuration);
        builder.Services.AddSchedulingOptions(builder.Configuration);
        if (daemon)
        {
            builder.Services.AddNewsWatchDaemon(builder.Configuration);
            builder.Services.AddOptions<OpsOptions>().BindStrictly(builder.Configuration.GetSection(OpsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
            builder.Services.AddHostedService<OpsEndpoint>();
            builder.Services.AddHostedService<IdleMemoryRelease>();
        }
        return builder;
    }
}

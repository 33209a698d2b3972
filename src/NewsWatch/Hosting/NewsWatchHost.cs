using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsWatch.Articles;
using NewsWatch.Http;
using NewsWatch.Alerts;
using NewsWatch.Events;
using NewsWatch.Scheduling;
using NewsWatch.Storage;

namespace NewsWatch.Hosting;

/// <summary>
/// Builds the one host that both the daemon and the CLI verbs use, so a verb runs exactly the
/// code the daemon runs. Configuration: appsettings.json beside the binary, then one in the
/// working directory, then environment variables (<c>NEWSWATCH_Storage__Path</c> or plain
/// <c>Storage__Path</c>), then the command line.
/// </summary>
public static class NewsWatchHost
{
    public const string EnvironmentPrefix = "NEWSWATCH_";

    public static HostApplicationBuilder CreateBuilder(string[] args, bool daemon)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.Configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddEnvironmentVariables(EnvironmentPrefix)
            .AddCommandLine(args);

        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        if (daemon)
        {
            builder.Logging.AddSimpleConsole(o => { o.IncludeScopes = true; o.SingleLine = true; o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ "; o.UseUtcTimestamp = true; });
        }
        else
        {
            // Verbs write their results to stdout; logs go to stderr so pipes stay clean.
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddNewsWatchStorage(builder.Configuration);
        builder.Services.AddNewsWatchHttp(builder.Configuration);
        builder.Services.AddNewsWatchArticles();
        builder.Services.AddNewsWatchAlerts(builder.Configuration);
        builder.Services.AddNewsWatchEvents(builder.Configuration);
        builder.Services.AddNewsWatchPipeline(builder.Configuration);
        if (daemon) builder.Services.AddNewsWatchDaemon(builder.Configuration);
        return builder;
    }
}

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsWatch.Alerts;
using NewsWatch.Feeds;
using NewsWatch.Storage;

namespace NewsWatch.Scheduling;

/// <summary>
/// Runs before the scheduler starts: migrates the schema, releases the article and alert leases a
/// killed process left behind, and upserts the configured feeds.
/// </summary>
public sealed partial class DaemonStartup(SchemaMigrator migrator, ArticleStore articles, AlertOutbox outbox, FeedStore feeds,
    IOptions<FeedOptions> options, ILogger<DaemonStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var version = await migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
        var released = await articles.ReleaseLeasesAsync(cancellationToken).ConfigureAwait(false)
            + await outbox.ReleaseLeasesAsync(cancellationToken).ConfigureAwait(false);
        var o = options.Value;
        foreach (var source in o.Sources)
            await feeds.UpsertAsync(source.Url, source.Name, source.PollInterval ?? o.DefaultPollInterval, "config", source.Publisher, cancellationToken).ConfigureAwait(false);
        LogStarted(version, o.Sources.Count, released);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "NewsWatch starting: schema version {Version}, {Feeds} configured feed(s), {Released} abandoned lease(s) released")]
    private partial void LogStarted(int version, int feeds, int released);
}

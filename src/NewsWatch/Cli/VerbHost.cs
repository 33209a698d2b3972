using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsWatch.Hosting;
using NewsWatch.Storage;

namespace NewsWatch.Cli;

/// <summary>The host a verb runs in: the daemon's services without its scheduler, with the schema migrated.</summary>
public static class VerbHost
{
    /// <summary>The host without touching the database.</summary>
    public static IHost Build(ParseResult parseResult) =>
        NewsWatchHost.CreateBuilder(CommonOptions.ToConfigurationArgs(parseResult), daemon: false, parseResult.GetValue(CommonOptions.Config)?.FullName).Build();

    public static async Task<IHost> StartAsync(ParseResult parseResult, CancellationToken ct)
    {
        var host = Build(parseResult);
        await host.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(ct).ConfigureAwait(false);
        return host;
    }
}

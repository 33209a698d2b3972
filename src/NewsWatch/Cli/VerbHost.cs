using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsWatch.Hosting;
using NewsWatch.Storage;

namespace NewsWatch.Cli;

/// <summary>
/// The one way every verb, the daemon included, builds its host: <c>--config</c> and <c>--db</c> (the
/// <see cref="CommonOptions"/>) always apply, so no verb can forget them. A verb's own settings come after
/// them and win (bench events' throwaway database, the entity verbs' <c>--model</c>).
/// </summary>
public static class VerbHost
{
    /// <param name="overrides">Configuration arguments (<c>--Section:Key=value</c>) that override the common options.</param>
    public static HostApplicationBuilder CreateBuilder(ParseResult parseResult, bool daemon = false, params string[] overrides) =>
        NewsWatchHost.CreateBuilder([.. CommonOptions.ToConfigurationArgs(parseResult), .. overrides], daemon, parseResult.GetValue(CommonOptions.Config)?.FullName);

    /// <summary>The verb's host without touching the database.</summary>
    public static IHost Build(ParseResult parseResult, params string[] overrides) => CreateBuilder(parseResult, daemon: false, overrides).Build();

    /// <summary>The verb's host with the schema migrated.</summary>
    public static async Task<IHost> StartAsync(ParseResult parseResult, CancellationToken ct)
    {
        var host = Build(parseResult);
        await host.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(ct).ConfigureAwait(false);
        return host;
    }
}

using System.ComponentModel.DataAnnotations;

namespace NewsWatch.Storage;

/// <summary>Which database NewsWatch keeps its tables in, and how it reaches it.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>
    /// <c>sqlite</c> (one embedded file, one daemon) or <c>postgres</c> (a server that several daemons share, with
    /// Quartz clustered in the same database). Default: <c>sqlite</c>.
    /// </summary>
    [Required]
    public string Provider { get; set; } = DefaultProvider;

    /// <summary>Path of the SQLite file (sqlite only). Default: <c>data/newswatch.db</c> (relative to the working directory).</summary>
    [Required]
    public string Path { get; set; } = DefaultPath;

    /// <summary>An Npgsql connection string (postgres only), e.g. <c>Host=db;Database=newswatch;Username=newswatch;Password=...</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long a writer waits for a lock before failing. Default: 5000 ms.</summary>
    [Range(100, 600_000)]
    public int BusyTimeoutMs { get; set; } = DefaultBusyTimeoutMs;

    public const string DefaultProvider = "sqlite";
    public const string DefaultPath = "data/newswatch.db";
    public const int DefaultBusyTimeoutMs = 5000;

    /// <summary>The provider named by <see cref="Provider"/>; only valid options reach here (see <see cref="StorageOptionsValidator"/>).</summary>
    public StorageProvider ParsedProvider => StorageProviders.Parse(Provider)
        ?? throw new InvalidOperationException($"Storage:Provider '{Provider}' is not one of {StorageProviders.Names}.");
}

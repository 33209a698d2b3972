using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsWatch.Storage;

namespace NewsWatch.Tests.Support;

/// <summary>
/// A real, migrated database of its own for one test: a SQLite file in a fresh temporary folder (deleted on dispose),
/// or a fresh database on the test run's PostgreSQL server.
/// </summary>
public sealed class TempDatabase : IAsyncDisposable
{
    private TempDatabase(string directory, Database database, StorageOptions options)
    {
        Directory = directory;
        Database = database;
        Options = options;
    }

    public string Directory { get; }
    public Database Database { get; }

    /// <summary>The storage settings that reach this database, for a host or a daemon pointed at it.</summary>
    public StorageOptions Options { get; }

    public StorageProvider Provider => Database.Provider;
    public string FilePath => Database.FilePath;

    /// <summary>Configuration keys (<c>Storage:...</c>) that point a host at this database.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings =>
        Provider == StorageProvider.Postgres
            ? [new("Storage:Provider", "postgres"), new("Storage:ConnectionString", Options.ConnectionString)]
            : [new("Storage:Path", Options.Path)];

    public static Task<TempDatabase> CreateAsync() => CreateAsync(StorageProvider.Sqlite, null);

    /// <summary>A database of <paramref name="provider"/>; <paramref name="server"/> is needed for PostgreSQL.</summary>
    public static async Task<TempDatabase> CreateAsync(StorageProvider provider, PostgresServer? server)
    {
        var dir = Path.Combine(Path.GetTempPath(), "newswatch-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(dir);
        var options = provider == StorageProvider.Postgres
            ? new StorageOptions
            {
                Provider = "postgres",
                ConnectionString = await (server ?? throw new ArgumentNullException(nameof(server), "PostgreSQL tests need the PostgresServer fixture")).CreateDatabaseAsync(),
            }
            : new StorageOptions { Path = Path.Combine(dir, "newswatch.db") };
        var db = new Database(Microsoft.Extensions.Options.Options.Create(options));
        await new SchemaMigrator(db, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        return new TempDatabase(dir, db, options);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Database.Dispose();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return ValueTask.CompletedTask;
    }
}

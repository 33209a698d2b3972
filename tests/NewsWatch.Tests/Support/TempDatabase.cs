using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsWatch.Storage;

namespace NewsWatch.Tests.Support;

/// <summary>A real SQLite file in a fresh temporary folder, migrated, deleted on dispose.</summary>
public sealed class TempDatabase : IAsyncDisposable
{
    private TempDatabase(string directory, Database database)
    {
        Directory = directory;
        Database = database;
    }

    public string Directory { get; }
    public Database Database { get; }
    public string FilePath => Database.FilePath;

    public static async Task<TempDatabase> CreateAsync()
    {
        var dir = Path.Combine(Path.GetTempPath(), "newswatch-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(dir);
        var db = new Database(Options.Create(new StorageOptions { Path = Path.Combine(dir, "newswatch.db") }));
        await new SchemaMigrator(db, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        return new TempDatabase(dir, db);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return ValueTask.CompletedTask;
    }
}

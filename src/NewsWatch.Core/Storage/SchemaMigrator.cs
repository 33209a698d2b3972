using System.Data.Common;
using System.Reflection;
using Dapper;
using Microsoft.Extensions.Logging;

namespace NewsWatch.Storage;

/// <summary>
/// Applies the embedded migration scripts of the configured provider in order: for SQLite
/// <c>Storage/Migrations/NNN_name.sql</c>, recording the last applied number in <c>PRAGMA user_version</c>; for
/// PostgreSQL <c>Storage/Migrations/Postgres/NNN_name.sql</c>, recording it in <c>schema_version</c>. Each script
/// runs in its own transaction, so a crash mid-migration leaves the database at the previous version.
/// </summary>
public sealed partial class SchemaMigrator(Database database, ILogger<SchemaMigrator> logger)
{
    private const string SqlitePrefix = "NewsWatch.Storage.Migrations.";
    private const string PostgresPrefix = "NewsWatch.Storage.PostgresMigrations.";

    /// <summary>Any constant shared by every node: the advisory lock that lets one node migrate while the others wait.</summary>
    private const long PostgresMigrationLock = 0x4E57_4D49_4752;

    /// <summary>The SQLite migrations.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> LoadMigrations() => LoadMigrations(StorageProvider.Sqlite);

    public static IReadOnlyList<(int Version, string Name, string Sql)> LoadMigrations(StorageProvider provider)
    {
        var prefix = provider == StorageProvider.Postgres ? PostgresPrefix : SqlitePrefix;
        var assembly = typeof(SchemaMigrator).Assembly;
        var list = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
                continue;
            var name = resource[prefix.Length..^4];
            var number = name[..name.IndexOf('_')];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            list.Add((int.Parse(number, System.Globalization.CultureInfo.InvariantCulture), name, reader.ReadToEnd()));
        }
        list.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        for (var i = 1; i < list.Count; i++)
            if (list[i].Item1 == list[i - 1].Item1)
                throw new InvalidOperationException($"Two migrations share number {list[i].Item1}: {list[i - 1].Item2}, {list[i].Item2}");
        return list;
    }

    public async Task<int> MigrateAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        return database.IsPostgres
            ? await MigratePostgresAsync(connection, ct).ConfigureAwait(false)
            : await MigrateSqliteAsync(connection, ct).ConfigureAwait(false);
    }

    private async Task<int> MigrateSqliteAsync(DbConnection connection, CancellationToken ct)
    {
        var current = await connection.ExecuteScalarAsync<int>("PRAGMA user_version").ConfigureAwait(false);
        // A migration that rebuilds a table (SQLite cannot alter a constraint) drops the old one, which with foreign
        // keys on would cascade into the rows that point at it. So keys are off while migrating (the pragma only
        // works outside a transaction) and checked before each commit instead; the pooled connection gets them back.
        await connection.ExecuteAsync("PRAGMA foreign_keys = OFF").ConfigureAwait(false);
        try
        {
            foreach (var (version, name, sql) in LoadMigrations(StorageProvider.Sqlite))
            {
                if (version <= current) continue;
                await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
                await connection.ExecuteAsync(sql, transaction: tx).ConfigureAwait(false);
                var broken = (await connection.QueryAsync("PRAGMA foreign_key_check", transaction: tx).ConfigureAwait(false)).Count();
                if (broken > 0) throw new InvalidOperationException($"Schema migration {name} would leave {broken} row(s) pointing at nothing; not applied.");
                await connection.ExecuteAsync($"PRAGMA user_version = {version}", transaction: tx).ConfigureAwait(false);
                await tx.CommitAsync(ct).ConfigureAwait(false);
                LogApplied(name, version);
                current = version;
            }
        }
        finally
        {
            await connection.ExecuteAsync("PRAGMA foreign_keys = ON").ConfigureAwait(false);
        }
        return current;
    }

    private async Task<int> MigratePostgresAsync(DbConnection connection, CancellationToken ct)
    {
        // Several nodes start at once: a session lock makes the second wait for the first and then find nothing to do.
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@key)", new { key = PostgresMigrationLock }, cancellationToken: ct)).ConfigureAwait(false);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                CREATE TABLE IF NOT EXISTS schema_version (
                    version    integer PRIMARY KEY,
                    name       text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )
                """, cancellationToken: ct)).ConfigureAwait(false);
            var current = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
                "SELECT coalesce(max(version), 0) FROM schema_version", cancellationToken: ct)).ConfigureAwait(false);
            foreach (var (version, name, sql) in LoadMigrations(StorageProvider.Postgres))
            {
                if (version <= current) continue;
                await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
                await connection.ExecuteAsync(new CommandDefinition(sql, transaction: tx, cancellationToken: ct)).ConfigureAwait(false);
                await connection.ExecuteAsync(new CommandDefinition("INSERT INTO schema_version(version, name) VALUES (@version, @name)",
                    new { version, name }, tx, cancellationToken: ct)).ConfigureAwait(false);
                await tx.CommitAsync(ct).ConfigureAwait(false);
                LogApplied(name, version);
                current = version;
            }
            return current;
        }
        finally
        {
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@key)", new { key = PostgresMigrationLock }, cancellationToken: CancellationToken.None)).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied schema migration {Name} (version {Version})")]
    private partial void LogApplied(string name, int version);
}

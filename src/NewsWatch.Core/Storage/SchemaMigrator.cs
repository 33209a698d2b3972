using System.Reflection;
using Dapper;
using Microsoft.Extensions.Logging;

namespace NewsWatch.Storage;

/// <summary>
/// Applies the embedded <c>Storage/Migrations/NNN_name.sql</c> scripts in order, recording the
/// last applied number in <c>PRAGMA user_version</c>. Each script runs in its own transaction,
/// so a crash mid-migration leaves the database at the previous version.
/// </summary>
public sealed partial class SchemaMigrator(Database database, ILogger<SchemaMigrator> logger)
{
    private const string ResourcePrefix = "NewsWatch.Storage.Migrations.";

    public static IReadOnlyList<(int Version, string Name, string Sql)> LoadMigrations()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var list = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
                continue;
            var name = resource[ResourcePrefix.Length..^4];
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
        var current = await connection.ExecuteScalarAsync<int>("PRAGMA user_version").ConfigureAwait(false);
        // A migration that rebuilds a table (SQLite cannot alter a constraint) drops the old one, which with foreign
        // keys on would cascade into the rows that point at it. So keys are off while migrating (the pragma only
        // works outside a transaction) and checked before each commit instead; the pooled connection gets them back.
        await connection.ExecuteAsync("PRAGMA foreign_keys = OFF").ConfigureAwait(false);
        try
        {
            foreach (var (version, name, sql) in LoadMigrations())
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied schema migration {Name} (user_version={Version})")]
    private partial void LogApplied(string name, int version);
}

using Dapper;
using Npgsql;

namespace NewsWatch.Storage;

/// <summary>Whole databases on a PostgreSQL server: the cluster benchmark gives every run a fresh one and drops it after.</summary>
public static class PostgresDatabases
{
    /// <summary>Creates an empty database named <paramref name="prefix"/> plus a random suffix; returns its connection string.</summary>
    public static async Task<string> CreateAsync(string serverConnectionString, string prefix, CancellationToken ct)
    {
        var name = prefix + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        // A database name cannot be a parameter; this one is ours (a prefix and hex digits), quoted all the same.
        await connection.ExecuteAsync(new CommandDefinition($"CREATE DATABASE \"{name}\"", cancellationToken: ct)).ConfigureAwait(false);
        return new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Drops the database <paramref name="databaseConnectionString"/> names, closing any connection still open to it.</summary>
    public static async Task DropAsync(string serverConnectionString, string databaseConnectionString, CancellationToken ct)
    {
        var name = new NpgsqlConnectionStringBuilder(databaseConnectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition($"DROP DATABASE IF EXISTS \"{name?.Replace("\"", "\"\"", StringComparison.Ordinal)}\" WITH (FORCE)", cancellationToken: ct)).ConfigureAwait(false);
    }
}

using Dapper;
using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace NewsWatch.Storage;

/// <summary>
/// Opens connections to the one database, SQLite or PostgreSQL. Every SQLite connection gets WAL, a busy timeout
/// and foreign keys, so callers never have to remember them; the stores see only <see cref="DbConnection"/> and ask
/// <see cref="Provider"/> where the two dialects part (row claims, lease release at start).
/// </summary>
public sealed class Database : IDisposable
{
    private readonly string _connectionString = "";
    private readonly int _busyTimeoutMs;
    private readonly NpgsqlDataSource? _postgres;

    /// <summary>Native connections whose settings are already made; weak, so closed handles drop out.</summary>
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = new();

    private static readonly object Configured = new();

    /// <summary>This process's SQLite write transactions, one at a time (see <see cref="InTransactionAsync"/>).</summary>
    private readonly SemaphoreSlim _writers = new(1, 1);

    public Database(IOptions<StorageOptions> options)
    {
        var o = options.Value;
        Provider = o.ParsedProvider;
        _busyTimeoutMs = o.BusyTimeoutMs;
        if (Provider == StorageProvider.Postgres)
        {
            _postgres = NpgsqlDataSource.Create(o.ConnectionString ?? throw new InvalidOperationException("Storage:ConnectionString is required when Storage:Provider is postgres."));
            FilePath = "";
            return;
        }
        var full = System.IO.Path.GetFullPath(o.Path);
        var dir = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        FilePath = full;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = Math.Max(1, o.BusyTimeoutMs / 1000),
        }.ToString();
    }

    public StorageProvider Provider { get; }

    public bool IsPostgres => Provider == StorageProvider.Postgres;

    /// <summary>The SQLite file; empty for PostgreSQL.</summary>
    public string FilePath { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken ct = default)
    {
        if (_postgres is not null)
            return await _postgres.OpenConnectionAsync(ct).ConfigureAwait(false);

        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        // The settings belong to the native connection, which the pool hands out again and again: set them once per
        // native handle, not on every open (an article opens several connections, and each round of the four
        // statements cost as much as the query it preceded). A cleared pool closes its handles, so new ones are set again.
        var handle = connection.Handle;
        if (handle is null || !_configured.TryGetValue(handle, out _))
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = $"PRAGMA journal_mode=WAL; PRAGMA busy_timeout={_busyTimeoutMs}; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;";
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            if (handle is not null) _configured.AddOrUpdate(handle, Configured);
        }
        return connection;
    }

    /// <summary>Throws unless the database opens and its schema answers a query (the health check).</summary>
    public async Task CheckAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT count(*) FROM feeds", cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="work"/> in one transaction, committing only if it completes.</summary>
    public async Task<T> InTransactionAsync<T>(Func<DbConnection, IDbTransaction, Task<T>> work, CancellationToken ct = default)
    {
        if (_postgres is not null)
        {
            // Read committed: the statements that must not interleave across nodes take row locks (FOR UPDATE SKIP
            // LOCKED claims, ON CONFLICT upserts) or an advisory lock (event merges), so nothing here has to be
            // retried after a serialization failure.
            await using var connection = await OpenAsync(ct).ConfigureAwait(false);
            await using var tx = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct).ConfigureAwait(false);
            var result = await work(connection, tx).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
            return result;
        }

        // SQLite takes one writer at a time; a second one in this process would sleep in SQLite's busy handler (1 ms,
        // then longer) and find the lock free only after it woke. Queued here, it starts the moment the first commits.
        await _writers.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await using var connection = await OpenAsync(ct).ConfigureAwait(false);
            await using var tx = await connection.BeginTransactionAsync(IsolationLevel.Serializable, ct).ConfigureAwait(false);
            var result = await work(connection, tx).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
            return result;
        }
        finally
        {
            _writers.Release();
        }
    }

    /// <summary>Closes the PostgreSQL pool; the semaphore holds no wait handle, so it needs no disposing.</summary>
    public void Dispose() => _postgres?.Dispose();
}

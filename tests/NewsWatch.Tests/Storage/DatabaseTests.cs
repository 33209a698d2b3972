using Dapper;
using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Storage;

/// <summary>The connection settings hold on every connection, also on one the pool hands out again.</summary>
public sealed class DatabaseTests
{
    [Fact]
    public async Task Every_open_connection_has_WAL_foreign_keys_busy_timeout_and_normal_sync_also_when_pooled()
    {
        await using var temp = await TempDatabase.CreateAsync();
        for (var open = 0; open < 3; open++)
        {
            await using var connection = await temp.Database.OpenAsync();
            Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
            Assert.Equal(1, await connection.ExecuteScalarAsync<int>("PRAGMA foreign_keys"));
            Assert.Equal(5000, await connection.ExecuteScalarAsync<int>("PRAGMA busy_timeout"));
            Assert.Equal(1, await connection.ExecuteScalarAsync<int>("PRAGMA synchronous"));
        }

        // A cleared pool closes its native connections; the next one gets the settings again.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using var fresh = await temp.Database.OpenAsync();
        Assert.Equal(1, await fresh.ExecuteScalarAsync<int>("PRAGMA foreign_keys"));
        Assert.Equal(5000, await fresh.ExecuteScalarAsync<int>("PRAGMA busy_timeout"));
    }
}

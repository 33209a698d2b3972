using Dapper;
using NewsWatch.Storage;

namespace NewsWatch.Tests.Support;

/// <summary>One-shot queries for assertions, each on its own short-lived connection.</summary>
public static class DatabaseQueries
{
    public static async Task<T?> ScalarAsync<T>(this Database database, string sql, object? parameters = null)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<T>(sql, parameters);
    }

    public static async Task<List<T>> ListAsync<T>(this Database database, string sql, object? parameters = null)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<T>(sql, parameters)).AsList();
    }
}

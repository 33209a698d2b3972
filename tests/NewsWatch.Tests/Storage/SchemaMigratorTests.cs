using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using NewsWatch.Storage;
using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Storage;

public class SchemaMigratorTests
{
    [Fact]
    public async Task Migrations_are_numbered_uniquely_and_applied_once()
    {
        await using var temp = await TempDatabase.CreateAsync();
        var migrations = SchemaMigrator.LoadMigrations();
        Assert.NotEmpty(migrations);

        await using var connection = await temp.Database.OpenAsync();
        Assert.Equal(migrations[^1].Version, await connection.ExecuteScalarAsync<int>("PRAGMA user_version"));
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));

        // A second start must be a no-op, not a failure on existing tables.
        var again = await new SchemaMigrator(temp.Database, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        Assert.Equal(migrations[^1].Version, again);
    }

    [Fact]
    public async Task Full_text_index_follows_article_text()
    {
        await using var temp = await TempDatabase.CreateAsync();
        await using var connection = await temp.Database.OpenAsync();
        await connection.ExecuteAsync("INSERT INTO articles(url, original_url, title, text) VALUES ('https://a.example/1','https://a.example/1','Aid','Patriot batteries for Kyiv')");
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'patriot'"));
        await connection.ExecuteAsync("UPDATE articles SET text = 'HIMARS launchers' WHERE id = 1");
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'patriot'"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'himars'"));
    }
}

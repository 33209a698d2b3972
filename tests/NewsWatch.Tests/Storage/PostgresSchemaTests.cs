using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsWatch.Storage;
using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Storage;

/// <summary>The PostgreSQL side of the schema: its own migrations, its full-text search, the views people query.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSchemaTests(PostgresServer server)
{
    [Fact]
    public async Task Migrations_are_applied_once_and_a_second_start_is_a_no_op()
    {
        await using var temp = await TempDatabase.CreateAsync(StorageProvider.Postgres, server);
        var migrations = SchemaMigrator.LoadMigrations(StorageProvider.Postgres);
        Assert.NotEmpty(migrations);
        await using var connection = await temp.Database.OpenAsync();
        Assert.Equal(migrations[^1].Version, await connection.ExecuteScalarAsync<int>("SELECT max(version) FROM schema_version"));

        var again = await new SchemaMigrator(temp.Database, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        Assert.Equal(migrations[^1].Version, again);
        Assert.Equal(migrations.Count, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM schema_version"));
    }

    [Fact]
    public async Task Nodes_starting_together_migrate_once()
    {
        await using var temp = await TempDatabase.CreateAsync(StorageProvider.Postgres, server);
        var fresh = await server.CreateDatabaseAsync();
        using var a = new Database(Options.Create(new StorageOptions { Provider = "postgres", ConnectionString = fresh }));
        using var b = new Database(Options.Create(new StorageOptions { Provider = "postgres", ConnectionString = fresh }));
        var versions = await Task.WhenAll(
            new SchemaMigrator(a, NullLogger<SchemaMigrator>.Instance).MigrateAsync(),
            new SchemaMigrator(b, NullLogger<SchemaMigrator>.Instance).MigrateAsync());
        Assert.Equal(versions[0], versions[1]);
        await using var connection = await a.OpenAsync();
        Assert.Equal(SchemaMigrator.LoadMigrations(StorageProvider.Postgres).Count, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM schema_version"));
    }

    [Fact]
    public async Task Full_text_search_follows_article_text()
    {
        await using var temp = await TempDatabase.CreateAsync(StorageProvider.Postgres, server);
        await using var connection = await temp.Database.OpenAsync();
        await connection.ExecuteAsync("INSERT INTO articles(url, original_url, title, text) VALUES ('https://a.example/1','https://a.example/1','Aid','Patriot batteries for Kyiv')");
        const string matches = "SELECT count(*) FROM articles WHERE search @@ websearch_to_tsquery('english', @q)";
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(matches, new { q = "patriot battery" }));
        await connection.ExecuteAsync("UPDATE articles SET text = 'HIMARS launchers' WHERE id = 1");
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>(matches, new { q = "patriot" }));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(matches, new { q = "himars" }));
    }

    [Theory]
    [InlineData("feed_health")]
    [InlineData("recent_articles")]
    [InlineData("person_articles")]
    [InlineData("country_articles")]
    [InlineData("country_amounts")]
    [InlineData("country_amount_totals")]
    [InlineData("aid_announcements")]
    [InlineData("recent_events")]
    [InlineData("alerts_status")]
    public async Task Every_view_of_the_sqlite_schema_answers_with_the_same_columns(string view)
    {
        await using var sqlite = await TempDatabase.CreateAsync();
        await using var postgres = await TempDatabase.CreateAsync(StorageProvider.Postgres, server);
        Assert.Equal(await ColumnsAsync(sqlite, view), await ColumnsAsync(postgres, view));
    }

    [Fact]
    public void An_unknown_provider_is_one_line_naming_the_key()
    {
        var services = new ServiceCollection()
            .AddNewsWatchStorage(new ConfigurationBuilder().AddInMemoryCollection([new("Storage:Provider", "mysql")]).Build())
            .BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);
        Assert.Equal("Storage:Provider 'mysql' is not one of sqlite, postgres.", Assert.Single(error.Failures));
    }

    [Fact]
    public void Postgres_without_a_connection_string_is_refused()
    {
        var services = new ServiceCollection()
            .AddNewsWatchStorage(new ConfigurationBuilder().AddInMemoryCollection([new("Storage:Provider", "postgres")]).Build())
            .BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);
        Assert.Contains("Storage:ConnectionString", Assert.Single(error.Failures));
    }

    private static async Task<List<string>> ColumnsAsync(TempDatabase db, string view)
    {
        await using var connection = await db.Database.OpenAsync();
        await using var reader = await connection.ExecuteReaderAsync($"SELECT * FROM {view} LIMIT 0");
        return Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
    }
}

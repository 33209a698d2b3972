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

    [Fact]
    public async Task Rebuilding_the_events_table_keeps_events_and_their_sources_and_allows_the_other_aid_type()
    {
        var dir = Path.Combine(Path.GetTempPath(), "newswatch-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var db = new Database(Microsoft.Extensions.Options.Options.Create(new StorageOptions { Path = Path.Combine(dir, "newswatch.db") }));
        try
        {
            // A database as the previous release left it: migrations up to 006, one event with one source.
            await using (var old = await db.OpenAsync())
            {
                foreach (var (version, _, sql) in SchemaMigrator.LoadMigrations().Where(m => m.Version <= 6)) await old.ExecuteAsync(sql);
                await old.ExecuteAsync("PRAGMA user_version = 6");
                await old.ExecuteAsync("""
                    INSERT INTO events(id, event_key, donor_code, donor_name, recipient_code, recipient_name, announced_on, aid_type, measure, evidence, confidence, first_seen, updated_at, parts)
                    VALUES (7, 'k', 'US', 'United States', 'UA', 'Ukraine', '2024-06-13', 'military', 'pledge', 'e', 0.9, '2024-06-13T00:00:00Z', '2024-06-13T00:00:00Z', '[{"amount":1}]');
                    INSERT INTO event_sources(event_id, article_id, url, evidence, seen_at) VALUES (7, 1, 'https://a.example/1', 'e', '2024-06-13T00:00:00Z');
                    """);
            }
            await new SchemaMigrator(db, NullLogger<SchemaMigrator>.Instance).MigrateAsync();

            await using var connection = await db.OpenAsync();
            Assert.Equal(("k", "[{\"amount\":1}]"), await connection.QuerySingleAsync<(string, string)>("SELECT event_key, parts FROM events WHERE id = 7"));
            Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM event_sources WHERE event_id = 7"));
            Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT sources FROM aid_announcements WHERE id = 7"));
            await connection.ExecuteAsync("UPDATE events SET aid_type = 'other' WHERE id = 7");
            Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys"));
            // The cascade still works after the rebuild.
            await connection.ExecuteAsync("DELETE FROM events WHERE id = 7");
            Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM event_sources"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}

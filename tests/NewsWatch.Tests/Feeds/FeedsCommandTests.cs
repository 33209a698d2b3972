using System.CommandLine;
using NewsWatch.Cli;

namespace NewsWatch.Tests.Feeds;

public sealed class FeedsCommandTests : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "newswatch-tests", Guid.NewGuid().ToString("N"));
    private string Db => Path.Combine(_dir, "newswatch.db");

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
        return Task.CompletedTask;
    }

    private static async Task<int> RunAsync(params string[] args)
    {
        var root = new RootCommand();
        root.Options.Add(CommonOptions.Database);
        root.Options.Add(CommonOptions.Config);
        root.Subcommands.Add(FeedsCommand.Create());
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = TextWriter.Null, Error = TextWriter.Null });
    }

    [Fact]
    public async Task Feeds_add_stores_the_feed_with_its_name_and_publisher()
    {
        Assert.Equal(0, await RunAsync("feeds", "add", "https://www.gov.example/news.atom", "--name", "Gov news", "--publisher", "gb", "--db", Db));
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db}");
        var rows = await Dapper.SqlMapper.QueryAsync<(string, string, string)>(connection, "SELECT url, name, publisher FROM feeds");
        Assert.Equal([("https://www.gov.example/news.atom", "Gov news", "GB")], rows);
    }

    [Theory]
    [InlineData("ftp://files.example/feed.xml")]
    [InlineData("not a url")]
    public async Task Feeds_add_refuses_what_is_not_an_http_url_with_exit_code_2(string url) =>
        Assert.Equal(2, await RunAsync("feeds", "add", url, "--db", Db));

    [Fact]
    public async Task Feeds_add_refuses_an_unknown_publisher_code() =>
        Assert.Equal(2, await RunAsync("feeds", "add", "https://news.example/rss", "--publisher", "XX", "--db", Db));
}

using System.CommandLine;
using NewsWatch.Cli;

namespace NewsWatch.Tests.Feeds;

public sealed class BenchFeedsCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "newswatch-tests", Guid.NewGuid().ToString("N"));

    public BenchFeedsCommandTests() => Directory.CreateDirectory(_dir);

    [Fact]
    public async Task Reports_each_file_and_a_summary_and_fails_when_one_fails()
    {
        File.WriteAllBytes(Path.Combine(_dir, "a-good.xml"), FeedFixtures.Read("rss20.xml"));
        File.WriteAllBytes(Path.Combine(_dir, "b-bomb.xml"), FeedFixtures.Read("billion-laughs.xml"));
        File.WriteAllText(Path.Combine(_dir, "ignored.txt"), "not xml");

        var (exit, output) = await RunAsync("bench", "feeds", "--dir", _dir);

        Assert.Equal(1, exit);
        Assert.Contains("ok    a-good.xml: 3 items, \"Defence Desk\"", output);
        Assert.Contains("FAIL  b-bomb.xml: refused", output);
        Assert.Contains("feeds: 1/2 parsed", output);
    }

    [Fact]
    public async Task Succeeds_when_all_parse()
    {
        File.WriteAllBytes(Path.Combine(_dir, "atom.xml"), FeedFixtures.Read("atom.xml"));

        var (exit, output) = await RunAsync("bench", "feeds", "--dir", _dir);

        Assert.Equal(0, exit);
        Assert.Contains("feeds: 1/1 parsed", output);
    }

    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(BenchCommand.Create());
        using var output = new StringWriter();
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = output });
        return (exit, output.ToString());
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}

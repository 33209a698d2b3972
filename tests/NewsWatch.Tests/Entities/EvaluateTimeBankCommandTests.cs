using System.CommandLine;
using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using NewsWatch.Cli;

namespace NewsWatch.Tests.Entities;

public sealed class EvaluateTimeBankCommandTests : IDisposable
{
    private readonly string _archive = Path.Combine(Path.GetTempPath(), $"tbaq-{Guid.NewGuid():N}.tar.gz");

    public EvaluateTimeBankCommandTests()
    {
        using var file = File.Create(_archive);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var tar = new TarWriter(gzip);
        tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "TBAQ-cleaned/TimeBank/fixture_1.tml")
        {
            DataStream = new MemoryStream(Encoding.UTF8.GetBytes(TimeBankScorerTests.Tml)),
        });
    }

    public void Dispose() => File.Delete(_archive);

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var root = new RootCommand();
        root.Options.Add(CommonOptions.Database);
        root.Options.Add(CommonOptions.Config);
        root.Subcommands.Add(EvaluateCommand.Create());
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Scores_the_dev_split_and_passes_reachable_floors()
    {
        var (exit, output, _) = await RunAsync("evaluate", "--timebank", _archive, "--floor-span", "0.5", "--floor-value", "0.5");

        Assert.Equal(0, exit);
        Assert.Contains("timebank dev (rules): 1 documents, 3 gold DATE", output, StringComparison.Ordinal);
        Assert.Contains("relaxed span", output, StringComparison.Ordinal);
        Assert.Contains("value accuracy", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_below_a_floor()
    {
        var (exit, _, error) = await RunAsync("evaluate", "--timebank", _archive, "--floor-span", "1.01");

        Assert.Equal(1, exit);
        Assert.Contains("below the floor", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_test_split_holds_no_timebank_document()
    {
        var (exit, output, _) = await RunAsync("evaluate", "--timebank", _archive, "--split", "test");

        Assert.Equal(0, exit);
        Assert.Contains("0 documents", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Needs_exactly_one_corpus()
    {
        var (exit, _, _) = await RunAsync("evaluate");

        Assert.NotEqual(0, exit);
    }

    [Fact]
    public async Task Wikigold_alone_is_a_valid_corpus_but_not_together_with_timebank()
    {
        var wikigold = Path.Combine(Path.GetTempPath(), $"wikigold-{Guid.NewGuid():N}.conll");
        await File.WriteAllTextAsync(wikigold, "-DOCSTART- O\n\nJohn I-PER\nSmith I-PER\nspoke O\nin O\nParis I-LOC\n. O\n");
        try
        {
            var (exit, output, _) = await RunAsync("evaluate", "--wikigold", wikigold);
            Assert.Equal(0, exit);
            Assert.Contains("PERSON", output);
            Assert.NotEqual(0, (await RunAsync("evaluate", "--wikigold", wikigold, "--timebank", _archive)).Exit);
        }
        finally
        {
            File.Delete(wikigold);
        }
    }
}

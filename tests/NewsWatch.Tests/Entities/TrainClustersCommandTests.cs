using System.CommandLine;
using System.IO.Compression;
using System.Text;
using NewsWatch.Cli;
using NewsWatch.Entities.Model;

namespace NewsWatch.Tests.Entities;

public sealed class TrainClustersCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nw-clusters-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Learns_a_table_from_GMB_and_JSON_lines_text_and_writes_it()
    {
        var gmb = Path.Combine(_dir, "ner.csv");
        var csv = new StringBuilder("Sentence #,Word,POS,Tag\n");
        for (var n = 1; n <= 40; n++)
        {
            var words = (n % 2 == 0 ? "Minister Okafor said on Monday ." : "Envoy Haddad spoke on Friday .").Split(' ');
            for (var k = 0; k < words.Length; k++)
                csv.Append(k == 0 ? $"Sentence: {n}" : "").Append(',').Append(words[k]).Append(",NN,O\n");
        }
        await File.WriteAllTextAsync(gmb, csv.ToString());
        var text = Path.Combine(_dir, "docs.jsonl.gz");
        await using (var gzip = new GZipStream(File.Create(text), CompressionLevel.Fastest))
        await using (var writer = new StreamWriter(gzip))
        {
            for (var n = 0; n < 5; n++)
                await writer.WriteLineAsync("{\"id\": \"d" + n + "\", \"text\": \"Minister Lindqvist said on Tuesday that round " + n + " went well.\"}");
        }

        var table = Path.Combine(_dir, "clusters.tsv");
        var root = new RootCommand();
        root.Subcommands.Add(TrainClustersCommand.Create());
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await root.Parse(["train-clusters", "--gmb", gmb, "--text", text, "--out", table, "--classes", "4", "--min-count", "2"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        Assert.Equal(0, exit);
        Assert.Contains("classes written to", output.ToString(), StringComparison.Ordinal);
        using var reader = File.OpenText(table);
        var clusters = WordClusters.Read(reader);
        Assert.NotEqual(WordClusters.Unknown, clusters.ClassOf("Lindqvist"));   // from the JSON lines
        Assert.NotEqual(WordClusters.Unknown, clusters.ClassOf("Okafor"));      // from GMB
        Assert.Equal(clusters.ClassOf("Monday"), clusters.ClassOf("Friday"));
    }
}

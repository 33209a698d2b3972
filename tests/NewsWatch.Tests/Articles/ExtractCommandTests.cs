using System.CommandLine;
using System.IO.Compression;
using System.Text.Json;
using NewsWatch.Articles;
using NewsWatch.Cli;

namespace NewsWatch.Tests.Articles;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("newswatch-extract-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task Jsonl_batch_extracts_good_lines_and_reports_bad_ones_without_stopping()
    {
        var html = Path.Combine(directory, "aid.html");
        File.Copy(ArticleFixtures.PathOf("wordpress-aid-article.html"), html);
        var gz = Path.Combine(directory, "time.html.gz");
        await using (var target = File.Create(gz))
        await using (var gzip = new GZipStream(target, CompressionLevel.Fastest))
        {
            await gzip.WriteAsync(ArticleFixtures.Bytes("time-article.html"));
        }

        var lines = string.Join('\n',
            JsonSerializer.Serialize(new { id = "aid", path = html, url = "https://frontline-ledger.example/x" }),
            "{\"id\": \"broken\", \"path\": ",
            JsonSerializer.Serialize(new { id = 7, path = Path.Combine(directory, "missing.html") }),
            "",
            JsonSerializer.Serialize(new { id = "gz", path = gz }));
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await ExtractCommand.RunJsonlAsync(
            new StringReader(lines), output, error, new CharsetDecoder(), new ArticleExtractor(), CancellationToken.None);

        Assert.Equal(1, exitCode);
        var answers = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(4, answers.Length); // every non-empty input line is answered, in order
        var results = answers.Where(a => !a.TryGetProperty("error", out _)).ToArray();
        Assert.Equal(2, results.Length);

        Assert.Equal("aid", results[0].GetProperty("id").GetString());
        Assert.Equal("Allied Ministers Weigh Air Defence Fund For Ukraine", results[0].GetProperty("title").GetString());
        Assert.Equal("Marta Kowalczyk", results[0].GetProperty("author").GetString());
        Assert.Equal("2024-06-13T09:30:00+00:00", results[0].GetProperty("published").GetString());
        Assert.StartsWith("Defence ministers from the alliance gathered", results[0].GetProperty("text").GetString());
        Assert.DoesNotContain("Leave a Reply", results[0].GetProperty("text").GetString());

        Assert.Equal("gz", results[1].GetProperty("id").GetString());
        Assert.Equal("Claire Dumas", results[1].GetProperty("author").GetString());
        Assert.StartsWith("Le ministère a signé mardi", results[1].GetProperty("text").GetString());

        var errors = answers.Where(a => a.TryGetProperty("error", out _)).ToArray();
        Assert.Equal([2, 3], errors.Select(e => e.GetProperty("line").GetInt32()));
        Assert.Equal(7, errors[1].GetProperty("id").GetInt32());
        Assert.Contains("missing.html", errors[1].GetProperty("error").GetString());
        Assert.Contains("2 of 4 line(s) failed", error.ToString());
    }

    [Fact]
    public async Task Verb_without_jsonl_is_refused()
    {
        var error = new StringWriter();
        var root = new RootCommand { ExtractCommand.Create() };

        var exitCode = await root.Parse(["extract"]).InvokeAsync(new InvocationConfiguration { Output = new StringWriter(), Error = error });

        Assert.Equal(2, exitCode);
        Assert.Contains("--jsonl", error.ToString());
    }

    [Fact]
    public async Task Page_without_metadata_gives_nulls_not_missing_fields()
    {
        var html = Path.Combine(directory, "bare.html");
        await File.WriteAllTextAsync(html, "<p>Only one line of text in this page.</p>");
        var output = new StringWriter();

        var exitCode = await ExtractCommand.RunJsonlAsync(
            new StringReader(JsonSerializer.Serialize(new { id = 1, path = html })), output, new StringWriter(),
            new CharsetDecoder(), new ArticleExtractor(), CancellationToken.None);

        Assert.Equal(0, exitCode);
        var result = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal(1, result.GetProperty("id").GetInt32());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("title").ValueKind);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("author").ValueKind);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("published").ValueKind);
        Assert.Equal("Only one line of text in this page.", result.GetProperty("text").GetString());
    }
}

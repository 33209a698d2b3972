using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsWatch.Articles;

namespace NewsWatch.Cli;

/// <summary>
/// <c>newswatch extract --jsonl</c>: batch extraction (contract in DESIGN.md). Reads lines
/// <c>{"id","path","url"}</c> from stdin (path to a .html or .html.gz file) and writes one line
/// <c>{"id","title","text","author","published"}</c> per page to stdout as soon as it is done. A bad
/// line or an unreadable file is reported on stderr and the batch goes on; the exit code is then 1.
/// Without <c>--jsonl</c> the verb refuses with exit code 2, so that a future second mode cannot
/// silently change what existing callers get.
/// </summary>
public static class ExtractCommand
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Output goes to pipes and files, never into HTML: keep non-ASCII text readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var jsonl = new Option<bool>("--jsonl")
        {
            Description = "Read JSON lines {\"id\",\"path\",\"url\"} on stdin, write {\"id\",\"title\",\"text\",\"author\",\"published\"} lines on stdout.",
        };
        var command = new Command("extract", "Extract article text and metadata from stored HTML pages.");
        command.Options.Add(jsonl);
        command.SetAction(async (parseResult, ct) =>
        {
            if (!parseResult.GetValue(jsonl))
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync("extract: only the --jsonl batch mode exists; pass --jsonl").ConfigureAwait(false);
                return 2;
            }

            using var host = VerbHost.Build(parseResult);
            var config = parseResult.InvocationConfiguration;
            return await RunJsonlAsync(
                Console.In,
                config.Output,
                config.Error,
                host.Services.GetRequiredService<CharsetDecoder>(),
                host.Services.GetRequiredService<ArticleExtractor>(),
                ct).ConfigureAwait(false);
        });
        return command;
    }

    /// <returns>0 when every line was extracted, 1 when at least one failed (each answered on stdout as <see cref="JsonlErrors"/> says).</returns>
    public static async Task<int> RunJsonlAsync(
        TextReader input, TextWriter output, TextWriter error, CharsetDecoder decoder, ArticleExtractor extractor, CancellationToken ct)
    {
        var failed = 0;
        var lines = 0;
        var lineNumber = 0;
        while (await input.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            lines++;
            try
            {
                using var request = JsonDocument.Parse(line);
                var root = request.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw new InvalidDataException("expected a JSON object");
                }

                root.TryGetProperty("id", out var idElement);

                if (!root.TryGetProperty("path", out var pathElement) || pathElement.ValueKind != JsonValueKind.String)
                {
                    throw new InvalidDataException("missing \"path\"");
                }

                Uri? url = null;
                if (root.TryGetProperty("url", out var urlElement) && urlElement.ValueKind == JsonValueKind.String)
                {
                    Uri.TryCreate(urlElement.GetString(), UriKind.Absolute, out url);
                }

                var bytes = await PageFile.ReadAsync(pathElement.GetString()!, ct).ConfigureAwait(false);
                var article = extractor.Extract(decoder.Decode(bytes, null).Text, url);
                await output.WriteLineAsync(Serialize(idElement, article).AsMemory(), ct).ConfigureAwait(false);
                await output.FlushAsync(ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is JsonException or InvalidDataException or IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                failed++;
                await JsonlErrors.WriteAsync(output, lineNumber, line, ex.Message).ConfigureAwait(false);
                await output.FlushAsync(ct).ConfigureAwait(false);
            }
        }

        return await JsonlErrors.FinishAsync(error, "extract", failed, lines).ConfigureAwait(false);
    }

    private static string Serialize(JsonElement id, ExtractedArticle article)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("id");
            if (id.ValueKind == JsonValueKind.Undefined)
            {
                writer.WriteNullValue();
            }
            else
            {
                id.WriteTo(writer);
            }

            writer.WriteString("title", article.Title);
            writer.WriteString("text", article.Text);
            writer.WriteString("author", article.Author);
            if (article.Published is { } published)
            {
                writer.WriteString("published", published);
            }
            else
            {
                writer.WriteNull("published");
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using NewsWatch.Articles;
using NewsWatch.Articles.Evaluation;

namespace NewsWatch.Cli;

/// <summary>
/// <c>newswatch bench extract --dir DIR</c>: scores the article extractor on the trafilatura
/// evaluation set (evaldata.json + html/*.gz) as shared/README.md prescribes and prints
/// precision, recall, F1, pages per second and the page count. Exit code 1 when F1 is below
/// <c>--floor</c>, 2 when the folder holds no evaldata.json. <c>--split dev|holdout</c> runs one half of the pages (a stable hash of the
/// file name decides), so heuristics can be tuned on one half and checked on the other.
/// </summary>
public static class BenchExtractCommand
{
    public static Command Create()
    {
        var dir = new Option<DirectoryInfo>("--dir")
        {
            Description = "The trafilatura-eval folder (with evaldata.json and html/).",
            Required = true,
        }.AcceptExistingOnly();
        var floor = new Option<double?>("--floor") { Description = "Fail (exit code 1) when F1 is below this." };
        var split = new Option<BenchmarkSplit>("--split")
        {
            Description = "Which pages: all, dev (for tuning) or holdout (for checking).",
            DefaultValueFactory = _ => BenchmarkSplit.All,
        };
        var details = new Option<bool>("--details") { Description = "List every missed and every wrongly kept snippet on stderr." };
        var command = new Command("extract", "Score the article extractor on the trafilatura evaluation set.");
        command.Options.Add(dir);
        command.Options.Add(floor);
        command.Options.Add(split);
        command.Options.Add(details);
        command.SetAction(async (parseResult, ct) =>
        {
            var config = parseResult.InvocationConfiguration;
            var folder = parseResult.GetValue(dir)!;
            if (!File.Exists(Path.Combine(folder.FullName, "evaldata.json")))
            {
                await config.Error.WriteLineAsync($"bench extract: no evaldata.json in {folder.FullName}").ConfigureAwait(false);
                return 2;
            }

            using var host = VerbHost.Build(parseResult);
            var score = await RunAsync(
                folder,
                parseResult.GetValue(split),
                parseResult.GetValue(details) ? config.Error : null,
                config.Output,
                host.Services.GetRequiredService<CharsetDecoder>(),
                host.Services.GetRequiredService<ArticleExtractor>(),
                ct).ConfigureAwait(false);
            var minimum = parseResult.GetValue(floor);
            if (minimum is { } f && score.F1 < f)
            {
                await config.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"F1 {score.F1:F4} is below the floor {f:F4}")).ConfigureAwait(false);
                return 1;
            }

            return 0;
        });
        return command;
    }

    private static async Task<SnippetScore> RunAsync(
        DirectoryInfo dir, BenchmarkSplit split, TextWriter? details, TextWriter output, CharsetDecoder decoder, ArticleExtractor extractor, CancellationToken ct)
    {
        await using var json = File.OpenRead(Path.Combine(dir.FullName, "evaldata.json"));
        var pages = await JsonSerializer.DeserializeAsync<Dictionary<string, EvalPage>>(json, cancellationToken: ct).ConfigureAwait(false)
            ?? throw new InvalidDataException("evaldata.json is empty");

        var total = default(SnippetScore);
        var count = 0;
        var clock = Stopwatch.StartNew();
        foreach (var (url, page) in pages.OrderBy(p => p.Value.File, StringComparer.Ordinal))
        {
            if (!split.Contains(page.File))
            {
                continue;
            }

            var text = await ExtractAsync(Path.Combine(dir.FullName, "html", page.File + ".gz"), url, decoder, extractor, ct).ConfigureAwait(false);
            var score = SnippetScorer.Score(text, page.With, page.Without);
            total += score;
            count++;
            if (details is not null && (score.FalseNegatives > 0 || score.FalsePositives > 0))
            {
                await WriteDetailsAsync(details, page, text).ConfigureAwait(false);
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"""
            split: {split.ToString().ToLowerInvariant()}
            pages: {count}
            precision: {total.Precision:F4}
            recall: {total.Recall:F4}
            f1: {total.F1:F4}
            pages/second: {count / Math.Max(seconds, 1e-9):F1}
            """)).ConfigureAwait(false);
        return total;
    }

    /// <summary>A page that cannot be read scores as an empty extraction, as the README requires.</summary>
    private static async Task<string> ExtractAsync(string path, string url, CharsetDecoder decoder, ArticleExtractor extractor, CancellationToken ct)
    {
        try
        {
            var bytes = await PageFile.ReadAsync(path, ct).ConfigureAwait(false);
            Uri.TryCreate(url, UriKind.Absolute, out var uri);
            return extractor.Extract(decoder.Decode(bytes, null).Text, uri).Text;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private static async Task WriteDetailsAsync(TextWriter details, EvalPage page, string text)
    {
        var normalized = SnippetScorer.Normalize(text);
        await details.WriteLineAsync($"== {page.File}").ConfigureAwait(false);
        foreach (var missed in page.With.Where(s => !SnippetScorer.Contains(normalized, s)))
        {
            await details.WriteLineAsync($"  missed: {missed}").ConfigureAwait(false);
        }

        foreach (var kept in page.Without.Where(s => SnippetScorer.Contains(normalized, s)))
        {
            await details.WriteLineAsync($"  kept:   {kept}").ConfigureAwait(false);
        }
    }

    private sealed record EvalPage(
        [property: JsonPropertyName("file")] string File,
        [property: JsonPropertyName("with")] IReadOnlyList<string> With,
        [property: JsonPropertyName("without")] IReadOnlyList<string> Without);
}

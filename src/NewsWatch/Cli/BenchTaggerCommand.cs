using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NewsWatch.Entities.Tagging;
using NewsWatch.Entities.Tokens;
using NewsWatch.Entities.Training;

namespace NewsWatch.Cli;

/// <summary>
/// <c>newswatch bench tagger [--gmb PATH] [--max-scaling R]</c>: tagging + normalising speed on one thread with the model loaded
/// once (tokens per second), measured through <see cref="TagCommand.RunAsync"/> (what <c>tag --jsonl</c> runs) after a
/// warm-up, beside a reference loop; the cost of a 1 MB and a 5 MB text (to show it is linear), and the memory the loaded
/// model takes. The text is the held-out GMB sentences as paragraphs when <c>--gmb</c> is given, else a built-in
/// news paragraph repeated.
/// </summary>
public static class BenchTaggerCommand
{
    private const string BuiltInText =
        "Defence ministers of the alliance met in Brussels on Tuesday to agree a $2.5 billion package for Ukraine, " +
        "Secretary-General Mark Rutte said. Germany will send air defence systems worth €1.2bn by March 2025, and " +
        "Mr. Rutte told reporters that Poland and the Netherlands had pledged more. Russian forces advanced near " +
        "Pokrovsk last week, the Ukrainian General Staff said on Wednesday.\n";

    public static Command Create()
    {
        var gmb = new Option<FileInfo?>("--gmb") { Description = "GMB ner_dataset.csv(.gz): bench on its held-out sentences." };
        var command = new Command("tagger", "Tokens per second of tagging + normalising on one thread, 1 MB vs 5 MB cost, model memory.");
        // A ratio, not a time: it holds across machines, and a quadratic step in the tagger shows as 20 or more.
        var maxScaling = new Option<double?>("--max-scaling") { Description = "Fail (exit 1) when the 5 MB / 1 MB time ratio is above this (5 is linear)." };
        command.Options.Add(gmb);
        command.Options.Add(maxScaling);
        command.Options.Add(EntityVerbHost.Model);
        command.SetAction(async (parseResult, ct) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            using var host = EntityVerbHost.Build(parseResult);

            var before = GC.GetTotalMemory(forceFullCollection: true);
            var load = Stopwatch.StartNew();
            var tagger = host.Services.GetRequiredService<EntityTagger>();
            load.Stop();
            var after = GC.GetTotalMemory(forceFullCollection: true);
            await output.WriteLineAsync(Invariant($"model load: {load.Elapsed.TotalSeconds:F2} s; managed memory +{(after - before) / 1e6:F1} MB (weights {tagger.Model.WeightBytes / 1e6:F1} MB); process working set {Environment.WorkingSet / 1e6:F0} MB")).ConfigureAwait(false);

            var text = parseResult.GetValue(gmb) is { } path ? GmbText(path.FullName) : BuiltInText;
            // The documents go through TagCommand.RunAsync, the code `tag --jsonl` runs: JSON in, tagging, JSON out.
            var (jsonl, tokens, documents) = JsonLines(Repeat(text, 200_000));
            Task<int> Pass() => TagCommand.RunAsync(new StringReader(jsonl), TextWriter.Null, TextWriter.Null, tagger, ct);
            var cold = Stopwatch.StartNew();
            await Pass().ConfigureAwait(false);
            cold.Stop();
            // A long-running process tags with code the JIT has recompiled (tier 1, with PGO); a short warm-up would
            // measure tier 0 instead and understate the rate about fourfold. Warm up for a fixed time, then measure.
            var warmup = Stopwatch.StartNew();
            while (warmup.Elapsed < WarmUp) await Pass().ConfigureAwait(false);
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var runs = await TimingsAsync(Pass, minimumRuns: 5, minimumTime: TimeSpan.FromSeconds(3)).ConfigureAwait(false);
            var cpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds;
            await output.WriteLineAsync(Invariant($"tag --jsonl path, one thread, {documents} documents ({jsonl.Length / 1e3:F0} KB, {tokens} tokens) per pass: first pass {tokens / cold.Elapsed.TotalSeconds:N0} tokens/s; after {WarmUp.TotalSeconds:F0} s warm-up: median {tokens / Median(runs):N0} tokens/s, best {tokens / runs.Min():N0} ({runs.Count} passes; {tokens * runs.Count / cpu:N0} tokens per process CPU-second)")).ConfigureAwait(false);
            // The same machine's speed swings run to run; a fixed loop timed right after lets figures be compared across runs and machines.
            var reference = new ReferenceLoop();
            var loops = Timings(() => reference.Run(), minimumRuns: 5, minimumTime: TimeSpan.FromSeconds(1));
            var referenceRate = ReferenceLoop.Bytes / Median(loops) / 1e6;
            await output.WriteLineAsync(Invariant($"reference loop (FNV-1a over {ReferenceLoop.Bytes / 1e6:F0} MB, same thread): median {referenceRate:F0} MB/s; tagger (warm) = {tokens / Median(runs) / referenceRate:N0} tokens per reference-MB")).ConfigureAwait(false);

            var times = new List<double>();
            foreach (var megabytes in new[] { 1, 5 })
            {
                var big = Repeat(text, megabytes * 1_000_000);
                var mentions = 0;
                var best = Timings(() => mentions = tagger.Tag(big, new DateOnly(2024, 6, 13)).Count, minimumRuns: 3, minimumTime: TimeSpan.Zero).Min();
                times.Add(best);
                await output.WriteLineAsync(Invariant($"{megabytes} MB text: {best:F2} s (best of 3), {mentions} mentions")).ConfigureAwait(false);
            }

            var ratio = times[1] / times[0];
            await output.WriteLineAsync(Invariant($"5 MB / 1 MB time ratio: {ratio:F2} (5.0 = linear)")).ConfigureAwait(false);
            if (parseResult.GetValue(maxScaling) is { } limit && ratio > limit)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(Invariant($"5 MB / 1 MB time ratio {ratio:F2} is above {limit:F1}: tagging is no longer linear in the text.")).ConfigureAwait(false);
                return 1;
            }

            return 0;
        });
        return command;
    }

    /// <summary>How long the documents are tagged over and over before the measured passes.</summary>
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    private static async Task<List<double>> TimingsAsync(Func<Task<int>> run, int minimumRuns, TimeSpan minimumTime)
    {
        var times = new List<double>();
        var total = Stopwatch.StartNew();
        while (times.Count < minimumRuns || total.Elapsed < minimumTime)
        {
            var clock = Stopwatch.StartNew();
            await run().ConfigureAwait(false);
            times.Add(clock.Elapsed.TotalSeconds);
        }

        return times;
    }

    /// <summary>One <c>{"id","text","published"}</c> line per paragraph, as a caller of <c>tag --jsonl</c> sends them.</summary>
    private static (string Jsonl, int Tokens, int Documents) JsonLines(string text)
    {
        var lines = new StringBuilder();
        var tokens = 0;
        var documents = 0;
        foreach (var paragraph in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            tokens += Tokenizer.Tokenize(paragraph).Count;
            lines.Append(System.Text.Json.JsonSerializer.Serialize(new { id = ++documents, text = paragraph, published = "2024-06-13" })).Append('\n');
        }

        return (lines.ToString(), tokens, documents);
    }

    /// <summary>Seconds per run, after one warm-up run. Best and median resist the noise of a shared machine.</summary>
    private static List<double> Timings(Action run, int minimumRuns, TimeSpan minimumTime)
    {
        run();
        var times = new List<double>();
        var total = Stopwatch.StartNew();
        while (times.Count < minimumRuns || total.Elapsed < minimumTime)
        {
            var clock = Stopwatch.StartNew();
            run();
            times.Add(clock.Elapsed.TotalSeconds);
        }

        return times;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string GmbText(string path)
    {
        var corpus = GmbReader.Read(path);
        var text = new StringBuilder();
        var n = 0;
        foreach (var sentence in corpus.Test)
        {
            text.Append(sentence.Text(out _)).Append(++n % 6 == 0 ? "\n" : " ");
        }

        return text.ToString();
    }

    private static string Repeat(string text, int length)
    {
        var builder = new StringBuilder(length + text.Length);
        while (builder.Length < length)
        {
            builder.Append(text);
        }

        return builder.ToString(0, Math.Min(builder.Length, length));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

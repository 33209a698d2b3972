using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsWatch.Feeds;

namespace NewsWatch.Cli;

/// <summary>
/// <c>newswatch bench feeds --dir DIR</c>: parses every <c>*.xml</c> in the folder with the
/// daemon's <see cref="FeedParser"/>, one line per file, then <c>feeds: N/M parsed</c>.
/// Exit code 1 when any file fails.
/// </summary>
public static class BenchFeedsCommand
{
    /// <summary>Files carry no URL of their own; relative item links resolve against this.</summary>
    private static readonly Uri BaseUrl = new("https://feeds.invalid/");

    public static Command Create()
    {
        var dir = new Option<DirectoryInfo>("--dir") { Description = "Folder of feed documents (*.xml).", Required = true };
        var command = new Command("feeds", "Parse every feed document in a folder and report items, titles and failures.");
        command.Options.Add(dir);
        command.SetAction((parseResult, ct) => RunAsync(parseResult.GetValue(dir)!, parseResult.InvocationConfiguration.Output, ct));
        return command;
    }

    private static async Task<int> RunAsync(DirectoryInfo dir, TextWriter output, CancellationToken ct)
    {
        if (!dir.Exists)
        {
            await output.WriteLineAsync($"no such folder: {dir.FullName}").ConfigureAwait(false);
            return 1;
        }

        var files = dir.GetFiles("*.xml").OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        var parsed = 0;
        var items = 0;
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file.FullName, ct).ConfigureAwait(false);
            try
            {
                var feed = FeedParser.Parse(bytes, new Uri(BaseUrl, file.Name));
                parsed++;
                items += feed.Items.Count;
                await output.WriteLineAsync($"ok    {file.Name}: {feed.Items.Count} items, \"{feed.Title}\"").ConfigureAwait(false);
            }
            catch (FeedParseException ex)
            {
                await output.WriteLineAsync($"FAIL  {file.Name}: {ex.Message}").ConfigureAwait(false);
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"items: {items}, {seconds * 1000:F0} ms, {files.Count / Math.Max(seconds, 1e-9):F0} feeds/s")).ConfigureAwait(false);
        await output.WriteLineAsync($"feeds: {parsed}/{files.Count} parsed").ConfigureAwait(false);
        return parsed == files.Count && files.Count > 0 ? 0 : 1;
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsWatch.Common;

namespace NewsWatch.Entities.Evaluation;

/// <summary>
/// Windows of real wh-ukraine documents with their people, dates and money labelled by hand
/// (<c>models/training/wh-entities/labels.jsonl</c>). Offsets are into a document's plain text as
/// <see cref="MarkdownText.ToPlainText"/> makes it; each label carries a hash of its text, so a change of the converter
/// fails loudly instead of scoring shifted spans.
/// </summary>
public sealed class LabelledWindows
{
    public const string Dev = "dev";
    public const string Test = "test";

    private LabelledWindows(IReadOnlyList<LabelledWindow> windows) => Windows = windows;

    public IReadOnlyList<LabelledWindow> Windows { get; }

    public IEnumerable<LabelledWindow> Split(string split) => Windows.Where(w => w.Split == split);

    public static LabelledWindows Load(string corpusPath, string labelsPath)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in GzipJsonLines.Read<CorpusDocument>(corpusPath, Json))
        {
            texts.TryAdd(d.Id, d.Text);
        }

        var windows = new List<LabelledWindow>();
        foreach (var line in File.ReadLines(labelsPath).Where(l => l.Length > 0))
        {
            var row = JsonSerializer.Deserialize<WindowRow>(line, Json) ?? throw new FormatException($"{labelsPath}: empty line.");
            if (!texts.TryGetValue(row.Doc, out var markdown)) throw new InvalidDataException($"{labelsPath}: document '{row.Doc}' is not in {corpusPath}.");
            var text = MarkdownText.ToPlainText(markdown);
            foreach (var m in row.Mentions)
            {
                if (m.End > text.Length || m.Start < row.Start || m.End > row.End || Hash(text[m.Start..m.End]) != m.Hash)
                    throw new InvalidDataException($"{labelsPath}: {row.Doc} {m.Type} {m.Start}-{m.End} does not match the document's plain text (has the Markdown conversion changed?).");
            }

            windows.Add(new LabelledWindow(row.Doc, row.Split, DateOnly.ParseExact(row.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture), row.Kind, text, row.Start, row.End,
                row.Mentions.Select(m => new GoldMention(m.Type, m.Start, m.End, m.Value, m.Amount, m.AmountHigh, m.Currency)).ToList()));
        }

        return new LabelledWindows(windows);
    }

    /// <summary>The first 8 hex digits of the SHA-256 of a mention's UTF-8 text (as <c>build_labels.py</c> writes them).</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private sealed record CorpusDocument(string Id, string Text);

    private sealed record WindowRow(string Doc, string Split, string Date, string Kind, int Start, int End, List<MentionRow> Mentions);

    private sealed record MentionRow(
        string Type, int Start, int End, string Hash, string? Value, decimal? Amount,
        [property: JsonPropertyName("amount_high")] decimal? AmountHigh, string? Currency);
}

/// <summary>One labelled window: the whole document's plain text (the tagger reads all of it) and the labelled range.</summary>
public sealed record LabelledWindow(string Doc, string Split, DateOnly Published, string Kind, string Text, int Start, int End, IReadOnlyList<GoldMention> Mentions);

/// <summary>A hand-labelled mention; <see cref="Type"/> is PERSON, DATE or MONEY, offsets into the document's plain text.</summary>
public sealed record GoldMention(string Type, int Start, int End, string? Value, decimal? Amount, decimal? AmountHigh, string? Currency);

using System.IO.Compression;
using System.Text;
using System.Text.Json;
using NewsWatch.Entities;
using NewsWatch.Entities.Evaluation;

namespace NewsWatch.Tests.Entities;

/// <summary>The hand-labelled windows of real text: offsets checked against the corpus, spans scored exact and by overlap.</summary>
public sealed class WindowScorerTests : IDisposable
{
    private const string Markdown = "**Readout** of the call\n\nPresident Halvorsen spoke on Tuesday with [Minister Aalto](https://x.test/a) about $40 billion in aid.";
    private readonly string _dir = Directory.CreateTempSubdirectory("nw-windows").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Plain => NewsWatch.Common.MarkdownText.ToPlainText(Markdown);

    private static object Mention(string type, string surface, int from = 0, object? extra = null)
    {
        var start = Plain.IndexOf(surface, from, StringComparison.Ordinal);
        var row = new Dictionary<string, object?> { ["type"] = type, ["start"] = start, ["end"] = start + surface.Length, ["hash"] = LabelledWindows.Hash(surface) };
        if (extra is not null)
            foreach (var p in extra.GetType().GetProperties()) row[p.Name] = p.GetValue(extra);
        return row;
    }

    private LabelledWindows Load(params object[] mentions)
    {
        var corpus = Path.Combine(_dir, "documents.jsonl.gz");
        using (var gz = new GZipStream(File.Create(corpus), CompressionLevel.Fastest))
        using (var writer = new StreamWriter(gz, Encoding.UTF8))
            writer.WriteLine(JsonSerializer.Serialize(new { id = "doc-1", kind = "statements-releases", date = "2024-06-13", text = Markdown }));
        var labels = Path.Combine(_dir, "labels.jsonl");
        File.WriteAllText(labels, JsonSerializer.Serialize(new { doc = "doc-1", split = "dev", date = "2024-06-13", kind = "statements-releases", start = 0, end = Plain.Length, mentions }) + "\n");
        return LabelledWindows.Load(corpus, labels);
    }

    private static EntityMention Tagged(string type, string surface, EntityValue? value = null)
    {
        var start = Plain.IndexOf(surface, StringComparison.Ordinal);
        return new EntityMention(type, start, start + surface.Length, surface, value, 1f);
    }

    [Fact]
    public void Spans_are_scored_exact_and_by_overlap_and_values_are_checked()
    {
        var windows = Load(
            Mention("PERSON", "Halvorsen"), Mention("PERSON", "Aalto"),
            Mention("DATE", "Tuesday", extra: new { value = "2024-06-11" }),
            Mention("MONEY", "$40 billion", extra: new { amount = 40_000_000_000m, currency = "USD" }));
        var scorer = new WindowScorer();
        scorer.Add(windows.Split(LabelledWindows.Dev).Single(), [
            Tagged(EntityType.Person, "President Halvorsen"),
            Tagged(EntityType.Person, "Minister"),
            Tagged(EntityType.Date, "Tuesday", new EntityValue { Timex = "2024-06-04" }),
            Tagged(EntityType.Amount, "$40 billion", new EntityValue { Amount = 40_000_000_000m, Currency = "USD" }),
        ]);

        Assert.Equal(2 * 1 / 4.0, scorer.F1("PERSON")); // one of two found (by overlap), one false
        Assert.Equal(1.0, scorer.F1("DATE"));
        Assert.Equal(0.0, scorer.DateValueAccuracy);
        Assert.Equal(1.0, scorer.F1("MONEY"));
        Assert.Contains(scorer.Errors, e => e.StartsWith("SPAN\tPERSON", StringComparison.Ordinal));
        Assert.Contains(scorer.Errors, e => e.StartsWith("FN\tPERSON\tdoc-1\tAalto", StringComparison.Ordinal));
        Assert.Contains(scorer.Errors, e => e.StartsWith("VALUE\tDATE", StringComparison.Ordinal));
    }

    [Fact]
    public void A_label_that_no_longer_matches_the_text_fails_to_load()
    {
        var wrong = (Dictionary<string, object?>)Mention("PERSON", "Halvorsen");
        wrong["hash"] = "00000000";
        Assert.Throws<InvalidDataException>(() => Load(wrong));
    }
}

using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsWatch.Common;
using NewsWatch.Entities.Amounts;

namespace NewsWatch.Events.Evaluation;

/// <summary>
/// The labelled real text: White House documents from <c>../shared/corpus/wh-ukraine</c> with the labels
/// committed in <c>models/training/wh-ukraine</c> (sentences by character offsets, gold events per
/// document), in the splits <c>build_labels.py</c> assigns.
/// </summary>
public sealed class RealTextCorpus
{
    /// <summary>Documents dated before 2023-07-01.</summary>
    public const string Dev = "dev";

    /// <summary>
    /// The first labelled documents of 2023-07-01 on: once the first test split, retired after three scores had been
    /// read, and trained on since.
    /// </summary>
    public const string Dev2 = "dev2";

    /// <summary>Statements, memoranda, fact sheets and readouts of 2023-07 on, labelled after dev2 had been scored: untouched.</summary>
    public const string Test2 = "test2";

    /// <summary>
    /// Press briefings and remarks of 2023-07 to 2024 about aid to Ukraine: the third test split, scored twice, then
    /// retired into training once <see cref="Test4"/> had been labelled.
    /// </summary>
    public const string Dev3 = "dev3";

    /// <summary>
    /// Every document of 2022-10 to 2023-03 not labelled whole before that names Ukraine, aid and a sum, and that
    /// period's short statements, readouts and memoranda. It lies inside the dev period, so it is scored with models
    /// trained without any document of its dates (<c>bench events-heldout</c>): untouched.
    /// </summary>
    public const string Test4 = "test4";

    /// <summary>
    /// The same choice as <see cref="Test4"/>'s from the nine months before it, 2022-01 to 2022-09, labelled once every
    /// earlier figure had been read; scored the same way: untouched.
    /// </summary>
    public const string Test5 = "test5";

    /// <summary>The same choice from the three months after <see cref="Test4"/>'s window, 2023-04 to 2023-06; scored the same way.</summary>
    public const string Test6 = "test6";

    /// <summary>The same choice from 2021, the corpus's first year; scored the same way.</summary>
    public const string Test7 = "test7";

    /// <summary>
    /// What rounds 1 to 11 left of 2022 on that names Ukraine, aid and a sum: 86 press briefings and remarks of 2023-07 to
    /// 2026, spread over the training period, so scored with models trained without its documents and those of the day
    /// before each (<c>bench events-heldout</c>).
    /// </summary>
    public const string Test8 = "test8";

    /// <summary>
    /// Every document no earlier round had labelled, whole or by single sentences: 118 remarks, speeches and press briefings of
    /// 2021 to 2025, nearly all without a sum for Ukraine (round 13, labelled blind in session 31). Nothing of it is trained on,
    /// so the shipped models score it (<c>bench events</c>).
    /// </summary>
    public const string Test9 = "test9";

    /// <summary>The test splits whose documents are scattered over the training period rather than in a window of their own.</summary>
    public static readonly IReadOnlyList<string> ScatteredSplits = [Test8];

    /// <summary>The splits the models learn from; the test splits are scored, never trained or tuned on.</summary>
    public static readonly IReadOnlyList<string> TrainingSplits = [Dev, Dev2, Dev3];

    public static readonly IReadOnlyList<string> AllSplits = [Dev, Dev2, Dev3, Test2, Test4, Test5, Test6, Test7, Test8, Test9];

    private readonly Dictionary<string, Document> _documents;
    private readonly List<SentenceRow> _sentences;
    private readonly List<LabelledDocument> _labelled;

    private RealTextCorpus(Dictionary<string, Document> documents, List<SentenceRow> sentences, List<LabelledDocument> labelled)
    {
        _documents = documents;
        _sentences = sentences;
        _labelled = labelled;
    }

    /// <param name="corpusPath"><c>documents.jsonl.gz</c> of wh-ukraine.</param>
    /// <param name="labelsDirectory">The folder with <c>sentences.tsv</c> and <c>documents.jsonl</c>.</param>
    public static RealTextCorpus Load(string corpusPath, string labelsDirectory)
    {
        var documents = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var d in GzipJsonLines.Read<Document>(corpusPath, Json))
        {
            documents.TryAdd(d.Id, d); // the corpus repeats a few documents under a second kind, with the same text
        }

        var sentences = new List<SentenceRow>();
        var tsv = Path.Combine(labelsDirectory, "sentences.tsv");
        foreach (var line in File.ReadLines(tsv).Skip(1))
        {
            if (line.Length == 0) continue;
            var f = line.Split('\t');
            if (f.Length != 7) throw new FormatException($"{tsv}: expected doc, split, start, end, label, donor, recipient: '{line}'.");
            sentences.Add(new SentenceRow(f[0], f[1], int.Parse(f[2], CultureInfo.InvariantCulture), int.Parse(f[3], CultureInfo.InvariantCulture), f[4],
                Codes(f[5]), Codes(f[6])));
        }
        var labelled = File.ReadLines(Path.Combine(labelsDirectory, "documents.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<LabelledDocument>(l, Json)!)
            .ToList();
        foreach (var id in sentences.Select(s => s.Doc).Concat(labelled.Select(l => l.Doc)).Distinct())
            if (!documents.ContainsKey(id)) throw new InvalidDataException($"Labelled document '{id}' is not in {corpusPath}.");
        return new RealTextCorpus(documents, sentences, labelled);
    }

    /// <summary>
    /// The labelled sentences of a split as the daemon would read them (plain text), with the classifier's labels
    /// (recap → past_mention, request → appeal, other → none).
    /// </summary>
    public IReadOnlyList<LabelledSentence> Sentences(params IReadOnlyList<string> splits) =>
        _sentences.Where(s => splits.Contains(s.Split))
            .Select(s => new LabelledSentence(ToClassifierLabel(s.Label), TextOf(s), s.Doc))
            .ToList();

    /// <summary>The aid sentences of a split whose donor and recipient were labelled (not those labelled <c>other</c>).</summary>
    public IReadOnlyList<RoleSentence> RoleSentences(params IReadOnlyList<string> splits) =>
        _sentences.Where(s => splits.Contains(s.Split) && s.Donors is not null && s.Label != "other")
            .Select(s => new RoleSentence(s.Doc, TextOf(s), DateOf(s.Doc), s.Donors!, s.Recipients!))
            .ToList();

    private string TextOf(SentenceRow s) => MarkdownText.ToPlainText(_documents[s.Doc].Text[s.Start..s.End]);

    /// <summary>Comma-separated party codes; <c>?</c> (roles not labelled) is null.</summary>
    private static string[]? Codes(string field) => field == "?" ? null : field.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The documents of a split as event fixtures, in publication order. Gold events of different documents
    /// that name the same donor, recipient and measure, within <see cref="EventBenchReport.DateSlackDays"/>
    /// days and with agreeing amounts, are one announcement (one key), as a reader would count them. A report
    /// without a sum ("today I am announcing another package of security assistance") is the announcement with a
    /// sum of the same kind it sits beside (the drawdown memorandum of that day) when there is exactly one such.
    /// </summary>
    public IReadOnlyList<EventFixture> Fixtures(params IReadOnlyList<string> splits)
    {
        var documents = _labelled.Where(l => splits.Contains(l.Split)).ToList();
        var gold = documents.Select(l => l.Events.Select((g, i) => ExpectedOf(l, g, i)).ToList()).ToList();
        // Reports with a sum are keyed first, so that a report without one can join the announcement it belongs to,
        // wherever the two stand in the split.
        var keyed = new List<ExpectedEvent>();
        foreach (var withSum in (bool[])[true, false])
            foreach (var expected in gold)
                for (var i = 0; i < expected.Count; i++)
                    if (expected[i].AmountUsd is not null == withSum) expected[i] = Keyed(keyed, expected[i]);
        return documents.Select((l, k) =>
            {
                var d = _documents[l.Doc];
                return new EventFixture
                {
                    Id = l.Doc, Outlet = "The White House", Url = d.Url, Title = d.Title, Kind = l.Kind,
                    Published = DateTimeOffset.Parse(d.Published ?? d.Date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                    Text = MarkdownText.ToPlainText(d.Text), GoldMentions = [], Expected = gold[k],
                };
            })
            .OrderBy(f => f.Published).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
    }

    private ExpectedEvent ExpectedOf(LabelledDocument l, GoldEvent g, int index)
    {
        var text = _documents[l.Doc].Text;
        var on = DayOf(g.AnnouncedOn);
        var usd = g.AmountUsd ?? (g is { Amount: { } a, Currency: { } c } ? ExchangeRates.Shared.ToUsd(a, c, on) : null);
        return new ExpectedEvent($"{l.Doc}#{index}", g.Donor, g.Recipient, g.Measure, g.AidType, usd, g.AnnouncedOn)
        {
            Evidence = (g.Evidence ?? []).Select(span => MarkdownText.ToPlainText(text[span[0]..span[1]])).ToList(),
        };
    }

    /// <summary><paramref name="e"/> with the key of the announcement already in <paramref name="keyed"/> it reports, or added there as a new one.</summary>
    private static ExpectedEvent Keyed(List<ExpectedEvent> keyed, ExpectedEvent e)
    {
        bool SameReport(ExpectedEvent k) => k.Donor == e.Donor && k.Recipient == e.Recipient && k.Measure == e.Measure
            && Math.Abs(DayOf(k.AnnouncedOn).DayNumber - DayOf(e.AnnouncedOn).DayNumber) <= EventBenchReport.DateSlackDays;
        var same = e.AmountUsd is { } usd
            ? keyed.FirstOrDefault(k => SameReport(k) && k.AmountUsd is { } x && AidEventExtractor.AmountsAgree(x, usd, EventBenchReport.AmountSlack))
            : keyed.Where(k => SameReport(k) && k.AmountUsd is not null && k.AidType == e.AidType).DistinctBy(k => k.Key).ToList() is [var only]
                ? only
                : keyed.FirstOrDefault(k => SameReport(k) && k.AmountUsd is null);
        if (same is not null) return e with { Key = same.Key };
        keyed.Add(e);
        return e;
    }

    private static DateOnly DayOf(string isoDate) => DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The first and last publication dates of a split's labelled documents.</summary>
    public (DateOnly First, DateOnly Last) Period(string split)
    {
        var dates = _labelled.Where(l => l.Split == split).Select(l => DateOf(l.Doc)).ToList();
        if (dates.Count == 0) throw new InvalidOperationException($"The split '{split}' has no labelled documents.");
        return (dates.Min(), dates.Max());
    }

    /// <summary>The publication date of a corpus document.</summary>
    public DateOnly DateOf(string doc) => DateOnly.ParseExact(_documents[doc].Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string ToClassifierLabel(string label) => label switch
    {
        "pledge" => AidSentenceLabel.Pledge,
        "delivery" => AidSentenceLabel.Delivery,
        "recap" => AidSentenceLabel.PastMention,
        "request" => AidSentenceLabel.Appeal,
        "cut" => AidSentenceLabel.Cut,
        "other" => AidSentenceLabel.None,
        _ => throw new FormatException($"unknown sentence label '{label}'"),
    };

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, NumberHandling = JsonNumberHandling.AllowReadingFromString };

    private sealed record Document(string Id, string Kind, string Date, string? Published, string Title, string Url, string Text);

    private sealed record SentenceRow(string Doc, string Split, int Start, int End, string Label, string[]? Donors, string[]? Recipients);

    private sealed record LabelledDocument(string Doc, string Split, string Kind, string Date, List<GoldEvent> Events);

    private sealed record GoldEvent(
        string Donor, string Recipient, decimal? Amount, string? Currency,
        [property: JsonPropertyName("amount_usd")] decimal? AmountUsd,
        [property: JsonPropertyName("announced_on")] string AnnouncedOn,
        string Measure,
        [property: JsonPropertyName("aid_type")] string AidType,
        List<int[]>? Evidence);
}

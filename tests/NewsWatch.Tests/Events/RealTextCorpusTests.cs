using System.IO.Compression;
using System.Text.Json;
using NewsWatch.Events.Evaluation;

namespace NewsWatch.Tests.Events;

public sealed class RealTextCorpusTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nw-realtext-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static object Gold(string recipient, decimal? usd, string type = "military", string on = "2022-05-19") => new Dictionary<string, object?>
    {
        ["donor"] = "US", ["recipient"] = recipient, ["amount"] = usd, ["currency"] = usd is null ? null : "USD", ["amount_usd"] = usd,
        ["announced_on"] = on, ["measure"] = "pledge", ["aid_type"] = type, ["evidence"] = Array.Empty<int[]>(),
    };

    private RealTextCorpus Corpus(params (string Doc, string Date, object[] Events)[] docs)
    {
        var corpus = Path.Combine(_dir, "documents.jsonl.gz");
        using (var gz = new StreamWriter(new GZipStream(File.Create(corpus), CompressionLevel.Fastest)))
            foreach (var (doc, date, _) in docs)
                gz.WriteLine(JsonSerializer.Serialize(new { id = doc, kind = "statements-releases", date, published = date, title = doc, url = $"https://example.test/{doc}", text = "Some text." }));
        File.WriteAllText(Path.Combine(_dir, "sentences.tsv"), "doc\tsplit\tstart\tend\tlabel\tdonor\trecipient\n");
        File.WriteAllLines(Path.Combine(_dir, "documents.jsonl"),
            docs.Select(d => JsonSerializer.Serialize(new { doc = d.Doc, split = "dev", kind = "statement", date = d.Date, events = d.Events })));
        return RealTextCorpus.Load(corpus, _dir);
    }

    private static string[] Keys(IReadOnlyList<EventFixture> fixtures) => fixtures.SelectMany(f => f.Expected).Select(e => e.Key).ToArray();

    [Fact]
    public void A_report_without_a_sum_is_the_one_announcement_with_a_sum_beside_it_wherever_either_stands()
    {
        // The statement ("today I am announcing another package") comes before the drawdown memorandum of the same day.
        var fixtures = Corpus(("a-statement", "2022-05-19", [Gold("UA", null)]), ("b-memorandum", "2022-05-19", [Gold("UA", 100_000_000m)])).Fixtures("dev");

        Assert.Single(Keys(fixtures).Distinct());
        Assert.Equal(100_000_000m, fixtures.SelectMany(f => f.Expected).Single(e => e.AmountUsd is not null).AmountUsd);
    }

    [Fact]
    public void A_report_without_a_sum_stays_its_own_announcement_beside_two_with_sums_or_one_of_another_kind()
    {
        var two = Corpus(("a", "2022-05-19", [Gold("UA", null)]), ("b", "2022-05-19", [Gold("UA", 1e8m), Gold("UA", 5e8m)])).Fixtures("dev");
        Assert.Equal(3, Keys(two).Distinct().Count());

        var otherKind = Corpus(("a", "2022-05-19", [Gold("UA", null, type: "humanitarian")]), ("b", "2022-05-19", [Gold("UA", 1e8m)])).Fixtures("dev");
        Assert.Equal(2, Keys(otherKind).Distinct().Count());

        var weekLater = Corpus(("a", "2022-05-26", [Gold("UA", null, on: "2022-05-26")]), ("b", "2022-05-19", [Gold("UA", 1e8m)])).Fixtures("dev");
        Assert.Equal(2, Keys(weekLater).Distinct().Count());
    }

    [Fact]
    public void The_scorer_takes_the_sum_of_an_announcement_from_its_report_with_one()
    {
        var fixtures = Corpus(("a-memorandum", "2022-05-19", [Gold("UA", 1e8m)]), ("b-statement", "2022-05-19", [Gold("UA", null)])).Fixtures("dev");
        // A stored event with a sum far from the memorandum's is wrong, though the later report names no sum.
        var stored = new[] { new ScoredEvent { Id = 1, Donor = "US", Recipient = "UA", Measure = "pledge", AidType = "military", AmountUsd = 9e8, AnnouncedOn = "2022-05-19" } };

        var report = EventBenchReport.Score(fixtures, stored, new Dictionary<long, HashSet<long>>());

        Assert.Equal((1, 1, 0), (report.Expected, report.Found, report.Correct));
    }
}

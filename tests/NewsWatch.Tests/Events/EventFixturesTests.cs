using NewsWatch.Entities;
using NewsWatch.Events.Evaluation;
using NewsWatch.Events;
using NewsWatch.Storage;
using NewsWatch.Tests.Entities;

namespace NewsWatch.Tests.Events;

/// <summary>
/// The fixture articles through the real classifier, extractor and merger, on gold mentions and on the real
/// entity tagger's mentions. "tune" is the
/// set the rules were adjusted on, "holdout" was seen after its first score, "holdout2" and the harder
/// "holdout3" were written after all tuning (see models/MODEL_CARD.md); holdout3's errors were read when the
/// learned role model replaced the role rules, so it is a smoke test now. The floors sit just under the measured scores so a regression fails.
/// </summary>
public class EventFixturesTests(TaggerFixture tagger) : IClassFixture<TaggerFixture>
{
    private static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Events", name);

    [Fact]
    public void Gold_markup_parses_into_text_and_mentions()
    {
        var (text, mentions) = EventFixture.ParseMarkup("[[Germany|C:DE]] gave [[€5 million|A:5000000:EUR:5400000]] on [[Monday|D:2024-07-01]].");
        Assert.Equal("Germany gave €5 million on Monday.", text);
        Assert.Equal(["Germany", "€5 million", "Monday"], mentions.Select(m => text[m.Start..m.End]));
        Assert.Equal(("DE", 5_000_000m, "EUR", 5_400_000m, "2024-07-01"),
            (mentions[0].Value!.Iso2, mentions[1].Value!.Amount, mentions[1].Value!.Currency, mentions[1].Value!.Usd, mentions[2].Value!.Timex));
    }

    [Fact]
    public void Person_markup_parses_and_a_reposted_statement_keeps_its_publisher()
    {
        var (text, mentions) = EventFixture.ParseMarkup("[[John Healey|P:John Healey]] spoke.");
        Assert.Equal("John Healey spoke.", text);
        Assert.Equal((EntityType.Person, "John Healey"), (mentions[0].Type, mentions[0].Value!.Name));

        var statement = EventFixture.LoadAll(Folder("holdout5")).Single(f => f.Id == "h10");
        Assert.Equal("GB", statement.Publisher?.Code);
    }

    [Fact]
    public void Every_fixture_has_an_outlet_a_date_and_clean_text()
    {
        // Every set in the folder, so a new one is checked without being listed here.
        var sets = Directory.GetDirectories(Folder(".")).Select(Path.GetFileName).OfType<string>().ToList();
        var all = sets.SelectMany(set => EventFixture.LoadAll(Folder(set)).Select(f => (Set: set, Fixture: f))).ToList();
        Assert.True(sets.Count >= 8 && all.Count >= 200, $"{sets.Count} sets, {all.Count} fixtures");
        Assert.All(all.Select(x => x.Fixture), f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Outlet));
            Assert.DoesNotContain("[[", f.Text);
            Assert.All(f.Expected, e => Assert.Contains(e.Measure, new[] { AidSentenceLabel.Pledge, AidSentenceLabel.Delivery }));
        });
        Assert.Equal(all.Count, all.Select(x => (x.Set, x.Fixture.Id)).Distinct().Count());
    }

    [Theory]
    [InlineData("tune", false, 0.95, 0.95)]
    [InlineData("holdout", false, 0.85, 0.95)]
    [InlineData("holdout2", false, 0.85, 0.95)]
    [InlineData("tune", true, 0.95, 0.95)]
    [InlineData("holdout", true, 0.85, 0.95)]
    [InlineData("holdout2", true, 0.85, 0.95)]
    [InlineData("holdout3", false, 0.8, 0.6)]
    [InlineData("holdout3", true, 0.75, 0.45)]
    public async Task Event_level_precision_and_recall(string set, bool taggerMentions, double minPrecision, double minRecall)
    {
        await using var host = await EventsTestHost.CreateAsync();
        var fixtures = EventFixture.LoadAll(Folder(set));
        for (var i = 0; i < fixtures.Count; i++)
        {
            var f = fixtures[i];
            var mentions = taggerMentions ? tagger.Tagger.Tag(f.Text, DateOnly.FromDateTime(f.Published.UtcDateTime)) : f.GoldMentions;
            await host.Processor.ProcessArticleAsync(new ArticleForEvents(i + 1, f.Url, f.Title, f.Text, f.Published), mentions, CancellationToken.None);
        }
        var (stored, sources) = await host.Events.ListForScoringAsync(CancellationToken.None);
        var report = EventBenchReport.Score(fixtures, stored, sources);
        Assert.True(report.Precision >= minPrecision && report.Recall >= minRecall, report.Format(set));
    }
}

/// <summary>How the benchmark pairs stored events with expected ones.</summary>
public class EventBenchScoringTests
{
    [Fact]
    public void An_announcement_without_an_amount_does_not_take_the_event_an_announcement_of_that_sum_needs()
    {
        // The senate vote (no sum) comes first, but the one stored $100 million event belongs to the memorandum.
        var fixtures = new List<EventFixture>
        {
            new() { Id = "vote", Outlet = "The White House", Url = "https://wh.example/vote", Published = DateTimeOffset.Parse("2022-05-19T12:00:00Z"), GoldMentions = [], Text = "", Expected = [new ExpectedEvent("vote", "US", "UA", "pledge", "military", null, "2022-05-19")] },
            new() { Id = "memo", Outlet = "The White House", Url = "https://wh.example/memo", Published = DateTimeOffset.Parse("2022-05-19T12:00:00Z"), GoldMentions = [], Text = "", Expected = [new ExpectedEvent("memo", "US", "UA", "pledge", "military", 100_000_000m, "2022-05-19")] },
        };
        var stored = new List<ScoredEvent> { new() { Id = 1, Donor = "US", Recipient = "UA", Measure = "pledge", AidType = "military", AmountUsd = 1e8, AnnouncedOn = "2022-05-19" } };
        var report = EventBenchReport.Score(fixtures, stored, new Dictionary<long, HashSet<long>> { [1] = [2] });
        Assert.Equal(1, report.Correct);
        Assert.Contains(report.Missed, m => m.StartsWith("vote", StringComparison.Ordinal));
    }
}

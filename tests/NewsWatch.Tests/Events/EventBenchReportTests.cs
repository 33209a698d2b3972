using NewsWatch.Events.Evaluation;

namespace NewsWatch.Tests.Events;

public class EventBenchReportTests
{
    private static EventFixture Article(string id, string kind, params ExpectedEvent[] expected) => new()
    {
        Id = id, Outlet = "The White House", Url = $"https://example.test/{id}", Kind = kind,
        Published = new DateTimeOffset(2024, 6, 13, 12, 0, 0, TimeSpan.Zero), Text = "", GoldMentions = [], Expected = expected,
    };

    [Fact]
    public void An_announcement_first_stored_from_another_kind_counts_right_for_both_and_never_above_one()
    {
        // The statement reports the announcement first; the event was stored from the fact sheet (article 2) alone.
        var gold = new ExpectedEvent("k", "US", "UA", "pledge", "military", 1e8m, "2024-06-13");
        var fixtures = new[] { Article("statement", "statement", gold), Article("fact-sheet", "fact_sheet", gold) };
        var stored = new[] { new ScoredEvent { Id = 1, Donor = "US", Recipient = "UA", Measure = "pledge", AidType = "military", AmountUsd = 1e8, AnnouncedOn = "2024-06-13" } };
        var report = EventBenchReport.Score(fixtures, stored, new Dictionary<long, HashSet<long>> { [1] = [2] });

        Assert.Equal((1, 1, 0, 0), report.ByKind["statement"]);
        Assert.Equal((0, 0, 1, 1), report.ByKind["fact_sheet"]);
        Assert.Contains("statement    expected   1 found   0 correct   1/0   P 1.000 R 1.000", report.Format("x"));
    }

    [Fact]
    public void Alerts_count_the_events_with_an_amount_right_and_wrong()
    {
        var withSum = new ExpectedEvent("a", "US", "UA", "pledge", "military", 1e8m, "2024-06-13");
        var withoutSum = new ExpectedEvent("b", "DE", "UA", "pledge", "military", null, "2024-06-13");
        var missed = new ExpectedEvent("c", "FR", "UA", "pledge", "military", 5e7m, "2024-06-13");
        var fixtures = new[] { Article("one", "statement", withSum, withoutSum, missed) };
        ScoredEvent Stored(long id, string donor, double? usd) =>
            new() { Id = id, Donor = donor, Recipient = "UA", Measure = "pledge", AidType = "military", AmountUsd = usd, AnnouncedOn = "2024-06-13" };
        // Right with a sum (alerted), right without one (stored, not alerted), wrong with a sum (a false alert), wrong without.
        var stored = new[] { Stored(1, "US", 1e8), Stored(2, "DE", null), Stored(3, "GB", 2e7), Stored(4, "PL", null) };
        var report = EventBenchReport.Score(fixtures, stored, new Dictionary<long, HashSet<long>>());

        Assert.Equal((1, 1), (report.AlertedAnnouncements, report.OtherAlerts));
        Assert.Contains("1 of 3 announcements alerted, 1 other alerts", report.Format("x"));
    }

    [Fact]
    public void A_foreign_sum_matches_as_written_whatever_rate_valued_it_and_codes_match_in_any_case()
    {
        // The writer valued NOK 500 million at a fixed 0.095 ($47.5 million); the daemon at the year's rate ($52 million would
        // pass the slack, $60 million does not). The African Development Bank is "AfDB" to one and "AFDB" to the other.
        var path = Path.Combine(Path.GetTempPath(), $"nw-fixture-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {"id": "n1", "outlet": "x", "url": "https://example.test/n1", "published": "2024-06-13T12:00:00Z", "kind": "news",
             "text": "Norway will give [[NOK 500 million|A:500000000:NOK:47500000]] and the bank [[$7 million|A:7000000:USD:7000000]].",
             "expected": [{"key": "no", "donor": "NO", "recipient": "UA", "measure": "pledge", "aid_type": "other", "amount_usd": 47500000, "announced_on": "2024-06-13"},
                          {"key": "afdb", "donor": "AfDB", "recipient": "NE", "measure": "pledge", "aid_type": "humanitarian", "amount_usd": 7000000, "announced_on": "2024-06-13"}]}
            """);
        try
        {
            var fixture = EventFixture.Load(path);
            var stored = new[]
            {
                new ScoredEvent { Id = 1, Donor = "NO", Recipient = "UA", Measure = "pledge", AidType = "other", Amount = 5e8, Currency = "NOK", AmountUsd = 6e7, AnnouncedOn = "2024-06-13" },
                new ScoredEvent { Id = 2, Donor = "AFDB", Recipient = "NE", Measure = "pledge", AidType = "humanitarian", Amount = 7e6, Currency = "USD", AmountUsd = 7e6, AnnouncedOn = "2024-06-13" },
            };
            var report = EventBenchReport.Score([fixture], stored, new Dictionary<long, HashSet<long>>());
            Assert.Equal((2, 2), (report.Correct, report.Expected));

            var otherSum = new[] { stored[0] with { Amount = 6e8, AmountUsd = 7.2e7 } };
            Assert.Equal(0, EventBenchReport.Score([fixture], otherSum, new Dictionary<long, HashSet<long>>()).Correct);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

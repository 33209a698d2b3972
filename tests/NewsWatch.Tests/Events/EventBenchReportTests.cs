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
}

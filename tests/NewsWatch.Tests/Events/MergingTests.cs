using NewsWatch.Storage;
using NewsWatch.Tests.Support;
using Dapper;
using NewsWatch.Events;

namespace NewsWatch.Tests.Events;

/// <summary>Run on SQLite and on PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public class MergingTests(PostgresServer server)
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static Task<AidEventProcessResult> Process(EventsTestHost host, long id, string published, string text, Func<MentionsBuilder, MentionsBuilder> tag) =>
        host.Processor.ProcessArticleAsync(new ArticleForEvents(id, $"https://outlet{id}.test/story", $"Story {id}", text, At(published)), tag(new MentionsBuilder(text)).Build(), CancellationToken.None);

    private static async Task<List<(long Id, double? AmountUsd, long Version, long Sources)>> Events(EventsTestHost host)
    {
        await using var c = await host.Db.Database.OpenAsync();
        var rows = await c.QueryAsync<(long, double?, long, long)>(
            "SELECT id, amount_usd, version, (SELECT count(*) FROM event_sources s WHERE s.event_id = e.id) FROM events e ORDER BY id");
        return rows.AsList();
    }

    private static async Task<long> AnnouncementsViewCount(EventsTestHost host)
    {
        await using var c = await host.Db.Database.OpenAsync();
        return await c.ExecuteScalarAsync<long>("SELECT count(*) FROM aid_announcements");
    }

    [Theory, BothProviders]
    public async Task Two_sums_in_one_sentence_are_two_events_with_their_own_keys(StorageProvider provider)
    {
        // Same page, sentence, parties, day and measure: the event key must still tell the two packages apart.
        await using var host = await EventsTestHost.CreateAsync(provider, server);
        const string text = "Germany will give Ukraine €500 million in military aid and €200 million in humanitarian aid, the government said on Tuesday.";
        await Process(host, 1, "2024-05-07T14:00:00Z", text, m => m.Country("Germany", "DE", "Germany").Country("Ukraine", "UA", "Ukraine")
            .Amount("€500 million", 5e8m, "EUR", 5.4e8m).Amount("€200 million", 2e8m, "EUR", 2.16e8m).Date("Tuesday", "2024-05-07"));
        Assert.Equal(2, (await Events(host)).Count);
        await using var c = await host.Db.Database.OpenAsync();
        Assert.Equal(2, await c.ExecuteScalarAsync<long>("SELECT count(DISTINCT event_key) FROM events"));
    }

    [Theory, BothProviders]
    public async Task A_pledge_and_a_payment_of_near_sums_in_one_article_stay_two_events(StorageProvider provider)
    {
        // $1.3 billion and $1.25 billion agree within the tolerance for rounding between outlets; the article itself told a
        // new pledge from a tranche paid out, so they stay apart.
        await using var host = await EventsTestHost.CreateAsync(provider, server);
        const string text = "Speaking in London today, the Secretary announced $1.3 billion in new economic assistance for Ukraine to repair its power grid. "
            + "The United States also completed this week the disbursement of a $1.25 billion tranche of budget support through the World Bank, which reimburses the Ukrainian government for the salaries of nurses.";
        await Process(host, 1, "2024-06-13T15:00:00Z", text, m => m.Date("today", "2024-06-13").Amount("$1.3 billion", 1.3e9m, "USD").Country("Ukraine", "UA", "Ukraine")
            .Country("United States", "US", "United States").Date("this week", "2024-W24").Amount("$1.25 billion", 1.25e9m, "USD").Country("Ukrainian", "UA", "Ukraine"));
        Assert.Equal([1.25e9, 1.3e9], (await Events(host)).Select(e => e.AmountUsd ?? 0).Order());
    }

    [Theory, BothProviders]
    public async Task Three_outlets_reporting_one_package_make_one_event_with_three_sources_and_one_alert(StorageProvider provider)
    {
        await using var host = await EventsTestHost.CreateAsync(provider, server);
        const string a = "The United States on Tuesday announced a $1.2 billion military aid package for Ukraine that includes ammunition for Patriot and NASAMS air defence systems.";
        const string b = "Washington will send 1.2bn dollars of weapons to Kyiv, including Patriot interceptors, the Pentagon said on Tuesday.";
        const string c = "Officials said the US had pledged €1.1 billion in new military aid for Ukraine, including munitions for NASAMS launchers.";
        await Process(host, 1, "2024-05-07T14:00:00Z", a, m => m.Country("United States", "US", "United States").Country("Ukraine", "UA", "Ukraine")
            .Amount("$1.2 billion", 1.2e9m, "USD").Date("Tuesday", "2024-05-07"));
        await Process(host, 2, "2024-05-08T09:00:00Z", b, m => m.Amount("1.2bn dollars", 1.2e9m, "USD").Date("Tuesday", "2024-05-07"));
        await Process(host, 3, "2024-05-08T12:30:00Z", c, m => m.Country("US", "US", "United States").Country("Ukraine", "UA", "Ukraine")
            .Amount("€1.1 billion", 1.1e9m, "EUR", 1.19e9m));

        var e = Assert.Single(await Events(host));
        Assert.Equal((1.2e9, 1L, 3L), (e.AmountUsd, e.Version, e.Sources));
        var alert = Assert.Single(await host.AlertsAsync());
        Assert.Equal("new", alert.Kind);
        Assert.Equal(1, await AnnouncementsViewCount(host));
    }

    [Theory, BothProviders]
    public async Task Two_packages_with_the_same_amount_a_week_apart_are_two_events(StorageProvider provider)
    {
        await using var host = await EventsTestHost.CreateAsync(provider, server);
        const string first = "Germany announced on Thursday a new €500 million military aid package for Ukraine, including IRIS-T air defence missiles.";
        const string second = "Germany pledged another €500 million in military aid for Ukraine on Thursday, this time for Leopard 2 tank ammunition and drones.";
        await Process(host, 1, "2024-05-02T10:00:00Z", first, m => m.Country("Germany", "DE", "Germany").Country("Ukraine", "UA", "Ukraine")
            .Amount("€500 million", 5e8m, "EUR", 5.4e8m).Date("Thursday", "2024-05-02"));
        await Process(host, 2, "2024-05-09T10:00:00Z", second, m => m.Country("Germany", "DE", "Germany").Country("Ukraine", "UA", "Ukraine")
            .Amount("€500 million", 5e8m, "EUR", 5.4e8m).Date("Thursday", "2024-05-09"));

        Assert.Equal(2, (await Events(host)).Count);
        Assert.Equal(2, (await host.AlertsAsync()).Count);
    }

    [Theory, BothProviders]
    public async Task An_analysis_piece_about_past_aid_makes_no_event_and_no_alert(StorageProvider provider)
    {
        await using var host = await EventsTestHost.CreateAsync(provider, server);
        const string text = "Since February 2022, Germany has provided Ukraine with more than €28 billion in military aid, according to the Kiel Institute. "
            + "Analysts say the gap between pledged and delivered weapons remains large. "
            + "The Leopard tanks that Berlin approved last year took months to arrive at the front.";
        var result = await Process(host, 1, "2024-06-01T08:00:00Z", text, m => m.Country("Germany", "DE", "Germany").Country("Ukraine", "UA", "Ukraine")
            .Amount("€28 billion", 2.8e10m, "EUR", 3.0e10m).Date("February 2022", "2022-02"));

        Assert.Empty(result.Outcomes);
        Assert.Empty(await Events(host));
        Assert.Empty(await host.AlertsAsync());
    }

    [Theory, BothProviders]
    public async Task A_correction_updates_the_amount_bumps_the_version_and_alerts_once_more(StorageProvider provider)
    {
        await using var host = await EventsTestHost.CreateAsync(provider, server);
        const string first = "Japan announced on Monday $100 million in humanitarian aid for Ukraine, including generators and medical supplies.";
        const string second = "Japan said on Monday it would provide $150 million in humanitarian aid to Ukraine, including generators and medical supplies. "
            + "Correction: an earlier version of this article misstated the amount as $100 million.";
        await Process(host, 1, "2024-05-13T09:00:00Z", first, m => m.Country("Japan", "JP", "Japan").Country("Ukraine", "UA", "Ukraine")
            .Amount("$100 million", 1e8m, "USD").Date("Monday", "2024-05-13"));
        await Process(host, 2, "2024-05-14T16:00:00Z", second, m => m.Country("Japan", "JP", "Japan").Country("Ukraine", "UA", "Ukraine")
            .Amount("$150 million", 1.5e8m, "USD").Amount("$100 million", 1e8m, "USD").Date("Monday", "2024-05-13"));

        var e = Assert.Single(await Events(host));
        Assert.Equal((1.5e8, 2L, 2L), (e.AmountUsd, e.Version, e.Sources));
        Assert.Equal([("new", 1L, 1L), ("amount_changed", 2L, 2L)], await host.AlertsAsync());
    }

    [Theory, BothProviders]
    public async Task Processing_the_same_article_twice_changes_nothing(StorageProvider provider)
    {
        await using var host = await EventsTestHost.CreateAsync(provider, server);
        const string text = "Canada announced C$500 million in new military aid for Ukraine on Sunday, including a NASAMS battery.";
        Func<MentionsBuilder, MentionsBuilder> tag = m => m.Country("Canada", "CA", "Canada").Country("Ukraine", "UA", "Ukraine")
            .Amount("C$500 million", 5e8m, "CAD", 3.7e8m).Date("Sunday", "2024-06-09");
        var first = await Process(host, 7, "2024-06-10T07:00:00Z", text, tag);
        var before = await Events(host);
        var again = await Process(host, 7, "2024-06-10T07:00:00Z", text, tag);

        Assert.Single(first.Outcomes);
        Assert.True(again.AlreadyProcessed);
        Assert.Equal(before, await Events(host));
        Assert.Single(await host.AlertsAsync());
    }

    [Theory, BothProviders]
    public async Task Two_sentences_about_one_package_in_one_article_do_not_duplicate(StorageProvider provider)
    {
        await using var host = await EventsTestHost.CreateAsync(provider, server);
        const string text = "The Netherlands will give Ukraine €350 million for drones, Defence Minister Kajsa Ollongren announced on Friday. "
            + "The Dutch government said the €350 million would also pay for drone training in Ukraine.";
        await Process(host, 1, "2024-06-07T18:00:00Z", text, m => m.Country("Netherlands", "NL", "Netherlands").Country("Ukraine", "UA", "Ukraine")
            .Country("Dutch", "NL", "Netherlands").Amount("€350 million", 3.5e8m, "EUR", 3.8e8m).Date("Friday", "2024-06-07"));

        var e = Assert.Single(await Events(host));
        Assert.Equal(1L, e.Sources);
    }

    [Theory, BothProviders]
    public async Task A_later_report_that_names_the_day_moves_the_announcement_date_back(StorageProvider provider)
    {
        await using var host = await EventsTestHost.CreateAsync(provider, server);
        const string undated = "Officials said the US had pledged $1.2 billion in new military aid for Ukraine, including NASAMS munitions.";
        const string dated = "The United States on Tuesday announced a $1.2 billion military aid package for Ukraine with NASAMS munitions.";
        await Process(host, 1, "2024-05-08T12:00:00Z", undated, m => m.Country("US", "US", "United States").Country("Ukraine", "UA", "Ukraine").Amount("$1.2 billion", 1.2e9m, "USD"));
        await Process(host, 2, "2024-05-08T15:00:00Z", dated, m => m.Country("United States", "US", "United States").Country("Ukraine", "UA", "Ukraine")
            .Amount("$1.2 billion", 1.2e9m, "USD").Date("Tuesday", "2024-05-07"));

        await using var c = await host.Db.Database.OpenAsync();
        Assert.Equal(("2024-05-07", 2L), await c.QuerySingleAsync<(string, long)>("SELECT announced_on, sources FROM aid_announcements"));
    }
}

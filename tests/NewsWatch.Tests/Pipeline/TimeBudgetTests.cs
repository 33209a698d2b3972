using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using NewsWatch.Articles;
using NewsWatch.Common;
using NewsWatch.Feeds;
using NewsWatch.Hosting;
using NewsWatch.Pipeline;
using NewsWatch.Storage;
using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Pipeline;

/// <summary>
/// The parse and extraction budgets are tokens checked inside the loops: a spent budget stops the work
/// (an exception, not an empty result), and the stage turns it into the usual bounded retry.
/// </summary>
public sealed class TimeBudgetTests : SiteAndFolder
{
    private const string Rss = """<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title><link>http://example.com/a</link></item></channel></rss>""";

    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void A_budget_within_its_time_lets_the_parser_finish()
    {
        Assert.Single(FeedParser.Parse(Encoding.UTF8.GetBytes(Rss), new Uri("http://example.com/"), Deadline.Start(TimeSpan.FromSeconds(1), _clock)).Items);
    }

    [Fact]
    public void A_spent_budget_stops_the_feed_parser()
    {
        var spent = Deadline.Start(TimeSpan.FromSeconds(1), _clock);
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Throws<TimeBudgetExceededException>(() => FeedParser.Parse(Encoding.UTF8.GetBytes(Rss), new Uri("http://example.com/"), spent));
    }

    [Fact]
    public void A_spent_budget_stops_the_extractor_instead_of_reading_as_an_empty_page()
    {
        var spent = Deadline.Start(TimeSpan.FromSeconds(1), _clock);
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Throws<TimeBudgetExceededException>(() => new ArticleExtractor().Extract("<html><body><p>Some text.</p></body></html>", null, spent));
    }

    [Fact]
    public void A_description_of_unclosed_script_tags_is_read_in_one_pass()
    {
        // Used to take 20 s for 160 KB (a regex tried every unclosed tag to the end); now it is linear.
        var feed = $"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title><link>http://example.com/a</link><description><![CDATA[Lead {string.Concat(Enumerable.Repeat("<script>", 20_000))}]]></description></item></channel></rss>""";
        var item = Assert.Single(FeedParser.Parse(Encoding.UTF8.GetBytes(feed), new Uri("http://example.com/")).Items);
        Assert.Equal("Lead", item.Summary);
    }

    [Fact]
    public async Task A_page_over_the_extraction_budget_is_retried_with_an_error_naming_the_key()
    {
        var page = new StringBuilder("<html><head><title>Big</title></head><body><article>");
        for (var i = 0; i < 20_000; i++) page.Append("<p>Paragraph ").Append(i).Append(" of a page far too long to extract in a millisecond, with commas, clauses, and words.</p>");
        Server.MapContent("/big.html", page.Append("</article></body></html>").ToString());
        var config = DaemonConfig.Write(Dir, [], new Dictionary<string, object>
        {
            ["Pipeline"] = new { ExtractTimeout = "00:00:00.001", RetryBaseDelay = "00:10:00" },
        });
        using var host = NewsWatchHost.CreateBuilder([], daemon: false, config).Build();
        await host.Services.GetRequiredService<SchemaMigrator>().MigrateAsync();
        var feedId = await host.Services.GetRequiredService<FeedStore>().UpsertAsync(Server.Url("/feed.xml").AbsoluteUri, "F", TimeSpan.FromMinutes(15), "test");
        var url = Server.Url("/big.html").AbsoluteUri;
        await host.Services.GetRequiredService<ArticleStore>().EnqueueAsync(feedId, url, url, null, "Big", null);

        Assert.Equal(TimeSpan.FromMilliseconds(1), host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PipelineOptions>>().Value.ExtractTimeout);
        await host.Services.GetRequiredService<ArticleProcessor>().ProcessDueAsync(CancellationToken.None);

        var db = host.Services.GetRequiredService<Database>();
        Assert.Equal(ArticleStatus.Pending, await db.ScalarAsync<string>("SELECT status FROM articles"));
        Assert.Equal(1, await db.ScalarAsync<int>("SELECT attempts FROM articles"));
        Assert.Contains("Pipeline:ExtractTimeout", await db.ScalarAsync<string>("SELECT last_error FROM articles"));
    }
}

using NewsWatch.Events;
using NewsWatch.Events.Evaluation;

namespace NewsWatch.Tests.Events;

/// <summary>The fixture sets' sentences as classifier training data: labels from the gold events, blind sets kept out.</summary>
public class FixtureSentencesTests
{
    private static EventFixture Fixture(string marked, params ExpectedEvent[] expected)
    {
        var (text, mentions) = EventFixture.ParseMarkup(marked);
        return new EventFixture
        {
            Id = "x01", Outlet = "Test Wire", Url = "https://fixtures.newswatch.test/x01", Published = new DateTimeOffset(2024, 6, 13, 12, 0, 0, TimeSpan.Zero),
            Text = text, GoldMentions = mentions, Expected = expected,
        };
    }

    private static ExpectedEvent Gold(string measure, decimal usd) => new("k", "NO", "UA", measure, "military", usd, "2024-06-13");

    [Fact]
    public void The_sentence_of_a_gold_sum_is_its_measure_and_other_sums_say_what_they_do()
    {
        var fixture = Fixture(
            "[[Norway|C:NO]] will give [[Ukraine|C:UA]] [[NOK 1 billion|A:1000000000:NOK:95000000]] for air defence, the ministry said on [[Thursday|D:2024-06-13]]. "
            + "Since 2022, [[Norway|C:NO]] has provided more than [[NOK 30 billion|A:30000000000:NOK:2850000000]] to [[Ukraine|C:UA]]. "
            + "Kyiv has asked allies for a further [[$5 billion|A:5000000000:USD:5000000000]] this year. "
            + "Russian forces shelled Kharkiv overnight.",
            Gold("pledge", 95_000_000m));
        var rows = FixtureSentences.Of("holdout7", fixture).ToList();
        Assert.Equal([AidSentenceLabel.Pledge, AidSentenceLabel.PastMention, AidSentenceLabel.Appeal], rows.Select(r => r.Label));
        Assert.All(rows, r => Assert.Equal("holdout7/x01", r.Group));
        Assert.StartsWith("Norway will give Ukraine NOK 1 billion", rows[0].Text);
    }

    [Fact]
    public void A_delivery_is_labelled_so_and_the_parts_after_a_total_are_left_out()
    {
        var fixture = Fixture(
            "The first [[€50 million|A:50000000:EUR:56500000]] of equipment from [[Norway|C:NO]] arrived in [[Ukraine|C:UA]] on [[Thursday|D:2024-06-13]]. "
            + "It includes [[€30 million|A:30000000:EUR:33900000]] of shells and [[€20 million|A:20000000:EUR:22600000]] of drones.",
            Gold("delivery", 56_500_000m));
        var rows = FixtureSentences.Of("holdout7", fixture).ToList();
        Assert.Equal([AidSentenceLabel.Delivery], rows.Select(r => r.Label));
    }

    [Theory]
    [InlineData("tune", true)]
    [InlineData("holdout", true)]
    [InlineData("holdout47", true)]
    [InlineData("holdout48", false)]
    [InlineData("holdout56", false)]
    public void Blind_sets_from_the_first_held_out_number_never_train(string set, bool trains) =>
        Assert.Equal(trains, FixtureSentences.IsTrainingSet(set, FixtureSentences.DefaultFirstHeldOutSet));

    [Fact]
    public void The_committed_sets_give_sentences_of_every_kind_and_none_from_a_blind_set()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Events");
        var rows = FixtureSentences.Load(root, newsOnly: false);
        Assert.True(rows.Count > 3000, $"{rows.Count} sentences");
        Assert.InRange(FixtureSentences.Load(root).Count, 1000, rows.Count / 2);
        Assert.Equal(AidSentenceLabel.All.Order(), rows.Select(r => r.Label).Distinct().Order());
        Assert.DoesNotContain(rows, r => r.Group!.StartsWith("holdout48/", StringComparison.Ordinal) || r.Group!.StartsWith("holdout56/", StringComparison.Ordinal));
    }
}

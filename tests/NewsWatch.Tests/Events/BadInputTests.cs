using NewsWatch.Entities;
using NewsWatch.Events;

namespace NewsWatch.Tests.Events;

public class BadInputTests
{
    private static IReadOnlyList<AidEventCandidate> Extract(string text, IReadOnlyList<EntityMention> mentions) =>
        EventsTestHost.Extractor().Extract(new ArticleForEvents(1, "https://example.test/x", null, text, null), mentions);

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("!!! ... ??? ---")]
    [InlineData("\u200B\u200B\uFEFF\u00A0")]
    [InlineData("Д\u0000\u0001\uFFFD 中文 عربى \u2028 \u2029")]
    public void Text_without_announcements_gives_nothing(string text) => Assert.Empty(Extract(text, []));

    [Fact]
    public void Mentions_outside_the_text_or_without_values_are_ignored()
    {
        const string text = "Germany will send Ukraine 40 Marder vehicles.";
        var mentions = new List<EntityMention>
        {
            new(EntityType.Country, 0, 7, "Germany", new EntityValue { Iso2 = "DE", Name = "Germany" }, 0.9f),
            new(EntityType.Country, 29, 35, "Marder", null, 0.9f),
            new(EntityType.Country, 18, 25, "Ukraine", new EntityValue { Iso2 = "UA", Name = "Ukraine" }, 0.9f),
            new(EntityType.Amount, 40, 400, "??", new EntityValue { Amount = 5, Currency = "USD" }, 0.9f),
            new(EntityType.Date, -5, 2, "??", new EntityValue { Timex = "2024-01-01" }, 0.9f),
        };
        var e = Assert.Single(Extract(text, mentions));
        Assert.Equal(("DE", "UA"), (e.Donor.Code, e.Recipient.Code));
        Assert.Null(e.Amount);
    }

    [Fact]
    public void A_long_text_without_sentence_breaks_is_handled()
    {
        var text = string.Concat(Enumerable.Repeat("aid weapons Ukraine Germany pledge $1 billion ", 5000));
        var events = Extract(text, []);
        Assert.True(events.Count <= 1);
    }
}

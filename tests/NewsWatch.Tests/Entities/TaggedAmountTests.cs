using NewsWatch.Entities;

namespace NewsWatch.Tests.Entities;

/// <summary>What the tagger's AMOUNT values carry besides the number: the bound and the period of a rate.</summary>
public sealed class TaggedAmountTests(TaggerFixture fixture) : IClassFixture<TaggerFixture>
{
    [Fact]
    public void Bound_and_period_reach_the_amount_value()
    {
        var mentions = fixture.Tagger.Tag("Kyiv will get more than $2 billion. Readers pay $4.99 per month.", new DateOnly(2024, 6, 13))
            .Where(m => m.Type == EntityType.Amount).ToList();

        Assert.Equal(2, mentions.Count);
        Assert.Equal("at_least", mentions[0].Value?.Bound);
        Assert.Null(mentions[0].Value?.Per);
        Assert.Null(mentions[1].Value?.Bound);
        Assert.Equal("month", mentions[1].Value?.Per);
    }
}

using NewsWatch.Scheduling;

namespace NewsWatch.Tests.Feeds;

public sealed class FirstPollTests
{
    [Fact]
    public void A_few_feeds_all_poll_within_seconds_of_start_one_after_another()
    {
        var offsets = Enumerable.Range(0, 11).Select(i => FeedSchedulingJob.FirstPollOffset(i, 11)).ToList();
        Assert.Equal(TimeSpan.Zero, offsets[0]);
        Assert.True(offsets.Last() < TimeSpan.FromSeconds(3));
        Assert.Equal(offsets.Order(), offsets);
        Assert.Equal(11, offsets.Distinct().Count());
    }

    [Fact]
    public void Thousands_of_feeds_spread_over_at_most_a_minute() =>
        Assert.InRange(FeedSchedulingJob.FirstPollOffset(1999, 2000), TimeSpan.FromSeconds(59), TimeSpan.FromSeconds(60));
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsWatch.Hosting;

namespace NewsWatch.Tests.Daemon;

/// <summary>When the daemon gives memory back: only after an idle minute, with a collection only when there is garbage to collect.</summary>
public sealed class IdleMemoryReleaseTests
{
    [Theory]
    [InlineData(500_000, true)]        // an idle daemon's minute: failing polls, heartbeats
    [InlineData(13_000_000, false)]    // the minute of start-up
    [InlineData(50_000_000, false)]    // articles are being processed: the collector's own schedule
    [InlineData(IdleMemoryRelease.IdleBytesPerPeriod, false)]
    public void Idle_is_a_minute_of_little_allocation(long inPeriod, bool idle) =>
        Assert.Equal(idle, IdleMemoryRelease.IsIdle(inPeriod));

    [Theory]
    [InlineData(13_000_000, true)]   // start-up garbage
    [InlineData(500_000, false)]     // collected a minute ago
    [InlineData(IdleMemoryRelease.MinBytesToCollect, true)]
    public void A_collection_needs_garbage_to_collect(long sinceCollection, bool worth) =>
        Assert.Equal(worth, IdleMemoryRelease.WorthCollecting(sinceCollection));

    [Fact]
    public void The_daemon_runs_it_and_the_verbs_do_not()
    {
        static bool IsRelease(ServiceDescriptor d) => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(IdleMemoryRelease);
        Assert.Contains(NewsWatchHost.CreateBuilder([], daemon: true).Services, IsRelease);
        Assert.DoesNotContain(NewsWatchHost.CreateBuilder([], daemon: false).Services, IsRelease);
    }
}

using System.ComponentModel.DataAnnotations;

namespace NewsWatch.Scheduling;

/// <summary>The daemon's own rhythm (section <c>Scheduling</c>).</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>How often the scheduler writes its heartbeat. Default: 30 seconds.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = DefaultHeartbeatInterval;

    /// <summary>A heartbeat older than this makes <c>newswatch health</c> fail. Default: 3 minutes.</summary>
    public TimeSpan HeartbeatMaxAge { get; set; } = DefaultHeartbeatMaxAge;

    /// <summary>
    /// Feed polls that run at once. The daemon's own jobs (heartbeat, feed scheduling, article queue,
    /// alert dispatch) get Quartz threads of their own on top, so no number of slow or expensive
    /// feeds can starve them. Default: 4.
    /// </summary>
    [Range(1, 64)]
    public int MaxConcurrentPolls { get; set; } = DefaultMaxConcurrentPolls;

    /// <summary>
    /// With <c>Storage:Provider=postgres</c>: how often each node tells the Quartz cluster it is alive. A node silent for
    /// about twice this long is taken for dead, and another node runs its feed polls again. Default: 10 seconds.
    /// </summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = DefaultClusterCheckinInterval;

    public const int DefaultMaxConcurrentPolls = 4;
    public static readonly TimeSpan DefaultClusterCheckinInterval = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan DefaultHeartbeatInterval = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan DefaultHeartbeatMaxAge = TimeSpan.FromMinutes(3);
}

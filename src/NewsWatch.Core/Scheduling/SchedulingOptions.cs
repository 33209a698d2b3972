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

    /// <summary>Quartz worker threads (feed polls, article processing, alert delivery). Default: 4.</summary>
    [Range(2, 64)]
    public int MaxConcurrency { get; set; } = DefaultMaxConcurrency;

    public const int DefaultMaxConcurrency = 4;
    public static readonly TimeSpan DefaultHeartbeatInterval = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan DefaultHeartbeatMaxAge = TimeSpan.FromMinutes(3);
}

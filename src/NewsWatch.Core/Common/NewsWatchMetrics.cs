using System.Diagnostics.Metrics;

namespace NewsWatch.Common;

/// <summary>
/// The daemon's instruments (meter <c>NewsWatch</c>): polls by outcome and HTTP status, stage durations, aid
/// events by what happened to them, alert deliveries by outcome. Exported on the ops port as Prometheus
/// text when <c>Ops:Port</c> is set; free to record when nothing listens.
/// </summary>
public sealed class NewsWatchMetrics
{
    public const string MeterName = "NewsWatch";

    private readonly Counter<long> _polls;
    private readonly Histogram<double> _stageSeconds;
    private readonly Counter<long> _events;
    private readonly Counter<long> _alerts;

    public NewsWatchMetrics(IMeterFactory factory)
    {
        Meter = factory.Create(MeterName);
        _polls = Meter.CreateCounter<long>("newswatch.feed.polls", "{poll}", "Feed polls by outcome (ok, not_modified, error) and HTTP status.");
        _stageSeconds = Meter.CreateHistogram<double>("newswatch.article.stage.duration", "s", "Time one article spent in a pipeline stage, by the status the stage takes articles from (pending: fetch, extracted: tag, tagged: events).");
        _events = Meter.CreateCounter<long>("newswatch.aid.events", "{event}", "Aid event outcomes: new, merge, amount_changed.");
        _alerts = Meter.CreateCounter<long>("newswatch.alerts", "{alert}", "Webhook deliveries by outcome: delivered, retrying, dead, lease_lost.");
    }

    /// <summary>The meter itself, for observable instruments defined where their data lives.</summary>
    public Meter Meter { get; }

    public void Poll(string outcome, int? httpStatus) =>
        _polls.Add(1, new KeyValuePair<string, object?>("outcome", outcome), new KeyValuePair<string, object?>("http_status", httpStatus?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"));

    public void Stage(string stage, TimeSpan elapsed) => _stageSeconds.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("stage", stage));

    public void Event(string action) => _events.Add(1, new KeyValuePair<string, object?>("action", action));

    public void Alert(string outcome) => _alerts.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
}

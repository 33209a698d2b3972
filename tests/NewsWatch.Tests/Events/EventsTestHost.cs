using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsWatch.Alerts;
using NewsWatch.Events;
using NewsWatch.Tests.Support;

namespace NewsWatch.Tests.Events;

/// <summary>The real classifier (loaded once for all tests), and a processor over a real temporary database that records the alerts it enqueues.</summary>
public sealed class EventsTestHost : IAsyncDisposable
{
    private static readonly Lazy<AidSentenceClassifier> SharedClassifier =
        new(() => AidSentenceClassifier.Load(EventsServiceCollectionExtensions.ResolveModelPath(new EventsOptions().ModelPath)));

    private EventsTestHost(TempDatabase db, AidEventProcessor processor, RecordingSink sink)
    {
        Db = db;
        Processor = processor;
        Alerts = sink.Alerts;
    }

    public static AidSentenceClassifier Classifier => SharedClassifier.Value;

    public TempDatabase Db { get; }
    public AidEventProcessor Processor { get; }
    public List<(AidEventAlert Alert, AidEventChange Change)> Alerts { get; }

    public static AidEventExtractor Extractor() => new(Classifier, Options.Create(new EventsOptions()), TimeProvider.System);

    public static async Task<EventsTestHost> CreateAsync()
    {
        var db = await TempDatabase.CreateAsync();
        var sink = new RecordingSink();
        var options = Options.Create(new EventsOptions());
        var processor = new AidEventProcessor(Extractor(), db.Database, sink, options, TimeProvider.System, NullLogger<AidEventProcessor>.Instance);
        return new EventsTestHost(db, processor, sink);
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();

    private sealed class RecordingSink : IAidEventAlertSink
    {
        public List<(AidEventAlert, AidEventChange)> Alerts { get; } = [];

        public Task EnqueueAsync(SqliteConnection connection, IDbTransaction transaction, AidEventAlert alert, AidEventChange change, CancellationToken ct)
        {
            Alerts.Add((alert, change));
            return Task.CompletedTask;
        }
    }
}
